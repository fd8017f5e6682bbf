#!/usr/bin/env python3
"""blind-dev generator: a mail-order retailer's (通販) shared drive and database, with exact people truth.

    python generate.py --out DIR [--seed N] [--db-url URL ...]

Writes DIR/drive/, DIR/db.sqlite, DIR/truth.json (and the same tables/views into every --db-url).
Standard library + sqlalchemy + openpyxl + python-docx only; deterministic for a given seed.

Truth is exact by construction: a person registry (pid -> attributes) is built first; every file and table
records, per record, which pid it is about and the raw values written for that pid (names, birth dates, phones,
addresses, e-mails, My Numbers).  A self-check at the end re-derives the contract's strong keys from those
written values, runs union-find per file/table and per scope, and fails loudly unless the components are exactly
the recorded persons.  CSV/TSV files and database tables are additionally re-read from disk and recounted.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata
import zipfile
from collections import defaultdict
from email.headerregistry import Address
from email.message import EmailMessage
from email import policy as email_policy

# ----------------------------------------------------------------------------------------------------------
# Reference data (written here; nothing is downloaded)
# ----------------------------------------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"),
    ("鈴木", "スズキ", "Suzuki"),
    ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"),
    ("伊藤", "イトウ", "Ito"),
    ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"),
    ("中村", "ナカムラ", "Nakamura"),
    ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"),
    ("吉田", "ヨシダ", "Yoshida"),
    ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"),
    ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"),
    ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"),
    ("斎藤", "サイトウ", "Saito"),
    ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"),
    ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"),
    ("石川", "イシカワ", "Ishikawa"),
    ("山下", "ヤマシタ", "Yamashita"),
    ("中島", "ナカジマ", "Nakajima"),
    ("石井", "イシイ", "Ishii"),
    ("小川", "オガワ", "Ogawa"),
    ("前田", "マエダ", "Maeda"),
    ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"),
    ("藤田", "フジタ", "Fujita"),
    ("後藤", "ゴトウ", "Goto"),
    ("近藤", "コンドウ", "Kondo"),
    ("村上", "ムラカミ", "Murakami"),
    ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"),
    ("坂本", "サカモト", "Sakamoto"),
    ("斉藤", "サイトウ", "Saito"),
    ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"),
    ("西村", "ニシムラ", "Nishimura"),
    ("藤井", "フジイ", "Fujii"),
    ("金子", "カネコ", "Kaneko"),
    ("岡本", "オカモト", "Okamoto"),
    ("藤原", "フジワラ", "Fujiwara"),
    ("中野", "ナカノ", "Nakano"),
    ("三浦", "ミウラ", "Miura"),
    ("原田", "ハラダ", "Harada"),
    ("中川", "ナカガワ", "Nakagawa"),
    ("松田", "マツダ", "Matsuda"),
    ("竹内", "タケウチ", "Takeuchi"),
    ("小野", "オノ", "Ono"),
    ("田村", "タムラ", "Tamura"),
    ("中山", "ナカヤマ", "Nakayama"),
    ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"),
    ("森田", "モリタ", "Morita"),
    ("上田", "ウエダ", "Ueda"),
    ("原", "ハラ", "Hara"),
    ("内田", "ウチダ", "Uchida"),
    ("柴田", "シバタ", "Shibata"),
    ("酒井", "サカイ", "Sakai"),
    ("工藤", "クドウ", "Kudo"),
    ("横山", "ヨコヤマ", "Yokoyama"),
    ("宮崎", "ミヤザキ", "Miyazaki"),
    ("宮本", "ミヤモト", "Miyamoto"),
    ("内山", "ウチヤマ", "Uchiyama"),
    ("高木", "タカギ", "Takagi"),
    ("安藤", "アンドウ", "Ando"),
    ("島田", "シマダ", "Shimada"),
    ("谷口", "タニグチ", "Taniguchi"),
    ("大野", "オオノ", "Ono"),
    ("丸山", "マルヤマ", "Maruyama"),
    ("今井", "イマイ", "Imai"),
    ("河野", "コウノ", "Kono"),
    ("渡部", "ワタナベ", "Watanabe"),
    ("東", "ヒガシ", "Higashi"),
    ("菅原", "スガワラ", "Sugawara"),
    ("久保", "クボ", "Kubo"),
    ("松井", "マツイ", "Matsui"),
    ("千葉", "チバ", "Chiba"),
    ("岩崎", "イワサキ", "Iwasaki"),
    ("桜井", "サクライ", "Sakurai"),
    ("野口", "ノグチ", "Noguchi"),
    ("松尾", "マツオ", "Matsuo"),
    ("野村", "ノムラ", "Nomura"),
    ("木下", "キノシタ", "Kinoshita"),
    ("菊地", "キクチ", "Kikuchi"),
    ("佐野", "サノ", "Sano"),
    ("大西", "オオニシ", "Onishi"),
    ("杉山", "スギヤマ", "Sugiyama"),
    ("新井", "アライ", "Arai"),
    ("浜田", "ハマダ", "Hamada"),
    ("市川", "イチカワ", "Ichikawa"),
    ("古川", "フルカワ", "Furukawa"),
    ("水野", "ミズノ", "Mizuno"),
    ("小島", "コジマ", "Kojima"),
    ("桑原", "クワバラ", "Kuwabara"),
    ("五十嵐", "イガラシ", "Igarashi"),
    ("髙橋", "タカハシ", "Takahashi"),
    ("齋藤", "サイトウ", "Saito"),
    ("長尾", "ナガオ", "Nagao"),
]
# common surnames are drawn more often (first third weight 3, second third 2, rest 1)
SURNAME_W = [3 if i < 35 else 2 if i < 70 else 1 for i in range(len(SURNAMES))]

MALE = [
    ("太郎", "タロウ", "Taro"),
    ("一郎", "イチロウ", "Ichiro"),
    ("健太", "ケンタ", "Kenta"),
    ("翔太", "ショウタ", "Shota"),
    ("大輔", "ダイスケ", "Daisuke"),
    ("拓也", "タクヤ", "Takuya"),
    ("直樹", "ナオキ", "Naoki"),
    ("浩", "ヒロシ", "Hiroshi"),
    ("博", "ヒロシ", "Hiroshi"),
    ("誠", "マコト", "Makoto"),
    ("隆", "タカシ", "Takashi"),
    ("健一", "ケンイチ", "Kenichi"),
    ("和也", "カズヤ", "Kazuya"),
    ("達也", "タツヤ", "Tatsuya"),
    ("亮", "リョウ", "Ryo"),
    ("剛", "ツヨシ", "Tsuyoshi"),
    ("修", "オサム", "Osamu"),
    ("茂", "シゲル", "Shigeru"),
    ("勇", "イサム", "Isamu"),
    ("正男", "マサオ", "Masao"),
    ("明", "アキラ", "Akira"),
    ("大翔", "ヒロト", "Hiroto"),
    ("蓮", "レン", "Ren"),
    ("悠真", "ユウマ", "Yuma"),
    ("陽翔", "ハルト", "Haruto"),
    ("湊", "ミナト", "Minato"),
    ("颯太", "ソウタ", "Sota"),
    ("裕太", "ユウタ", "Yuta"),
    ("雄一", "ユウイチ", "Yuichi"),
    ("智也", "トモヤ", "Tomoya"),
    ("俊介", "シュンスケ", "Shunsuke"),
    ("慎吾", "シンゴ", "Shingo"),
    ("和夫", "カズオ", "Kazuo"),
    ("清", "キヨシ", "Kiyoshi"),
    ("進", "ススム", "Susumu"),
    ("悟", "サトル", "Satoru"),
    ("哲也", "テツヤ", "Tetsuya"),
    ("康弘", "ヤスヒロ", "Yasuhiro"),
    ("秀樹", "ヒデキ", "Hideki"),
    ("翼", "ツバサ", "Tsubasa"),
    ("大樹", "ダイキ", "Daiki"),
    ("洋平", "ヨウヘイ", "Yohei"),
    ("貴之", "タカユキ", "Takayuki"),
    ("正樹", "マサキ", "Masaki"),
    ("英二", "エイジ", "Eiji"),
    ("光", "ヒカル", "Hikaru"),
    ("優斗", "ユウト", "Yuto"),
    ("樹", "イツキ", "Itsuki"),
    ("勝", "マサル", "Masaru"),
    ("義男", "ヨシオ", "Yoshio"),
    ("功", "イサオ", "Isao"),
    ("晋也", "シンヤ", "Shinya"),
    ("圭介", "ケイスケ", "Keisuke"),
    ("純一", "ジュンイチ", "Junichi"),
    ("昌平", "ショウヘイ", "Shohei"),
    ("恭平", "キョウヘイ", "Kyohei"),
]
FEMALE = [
    ("花子", "ハナコ", "Hanako"),
    ("陽子", "ヨウコ", "Yoko"),
    ("洋子", "ヨウコ", "Yoko"),
    ("恵子", "ケイコ", "Keiko"),
    ("幸子", "サチコ", "Sachiko"),
    ("裕子", "ユウコ", "Yuko"),
    ("優子", "ユウコ", "Yuko"),
    ("真由美", "マユミ", "Mayumi"),
    ("美穂", "ミホ", "Miho"),
    ("由美", "ユミ", "Yumi"),
    ("久美子", "クミコ", "Kumiko"),
    ("智子", "トモコ", "Tomoko"),
    ("直美", "ナオミ", "Naomi"),
    ("愛", "アイ", "Ai"),
    ("彩", "アヤ", "Aya"),
    ("舞", "マイ", "Mai"),
    ("美咲", "ミサキ", "Misaki"),
    ("さくら", "サクラ", "Sakura"),
    ("結衣", "ユイ", "Yui"),
    ("陽菜", "ヒナ", "Hina"),
    ("葵", "アオイ", "Aoi"),
    ("凛", "リン", "Rin"),
    ("芽衣", "メイ", "Mei"),
    ("結菜", "ユイナ", "Yuina"),
    ("明美", "アケミ", "Akemi"),
    ("和子", "カズコ", "Kazuko"),
    ("節子", "セツコ", "Setsuko"),
    ("京子", "キョウコ", "Kyoko"),
    ("典子", "ノリコ", "Noriko"),
    ("麻衣", "マイ", "Mai"),
    ("千尋", "チヒロ", "Chihiro"),
    ("香織", "カオリ", "Kaori"),
    ("由紀", "ユキ", "Yuki"),
    ("美紀", "ミキ", "Miki"),
    ("沙織", "サオリ", "Saori"),
    ("瞳", "ヒトミ", "Hitomi"),
    ("恵美", "エミ", "Emi"),
    ("理恵", "リエ", "Rie"),
    ("奈々", "ナナ", "Nana"),
    ("美香", "ミカ", "Mika"),
    ("かおり", "カオリ", "Kaori"),
    ("由香", "ユカ", "Yuka"),
    ("真理子", "マリコ", "Mariko"),
    ("紀子", "ノリコ", "Noriko"),
    ("静香", "シズカ", "Shizuka"),
    ("友美", "トモミ", "Tomomi"),
    ("早苗", "サナエ", "Sanae"),
    ("亜希子", "アキコ", "Akiko"),
    ("ひとみ", "ヒトミ", "Hitomi"),
    ("綾乃", "アヤノ", "Ayano"),
    ("里奈", "リナ", "Rina"),
    ("千夏", "チナツ", "Chinatsu"),
    ("桃子", "モモコ", "Momoko"),
    ("文子", "フミコ", "Fumiko"),
    ("弘子", "ヒロコ", "Hiroko"),
    ("春香", "ハルカ", "Haruka"),
]
FOREIGN = [  # (family, given, family kana, given kana, romaji family, romaji given)
    ("グエン", "ヴァン アン", "NGUYEN", "VAN AN"),
    ("チャン", "ティ ホア", "TRAN", "THI HOA"),
    ("キム", "ミンジュン", "KIM", "MINJUN"),
    ("ワン", "リー", "WANG", "LI"),
    ("サントス", "マリア", "SANTOS", "MARIA"),
    ("パク", "ソヨン", "PARK", "SOYEON"),
]

# prefecture -> (postal prefix, [(city, area code, [towns])])
GEO = [
    (
        "東京都",
        "1",
        [
            ("世田谷区", "03", ["桜丘", "経堂", "三軒茶屋", "北沢", "用賀"]),
            ("練馬区", "03", ["豊玉北", "石神井町", "大泉学園町", "光が丘"]),
            ("杉並区", "03", ["阿佐谷南", "高円寺北", "荻窪", "天沼"]),
            ("八王子市", "042", ["明神町", "子安町", "横山町"]),
            ("江戸川区", "03", ["西葛西", "小岩", "船堀"]),
            ("大田区", "03", ["蒲田", "大森北", "田園調布"]),
        ],
    ),
    (
        "神奈川県",
        "2",
        [
            ("横浜市港北区", "045", ["日吉", "綱島西", "大倉山"]),
            ("川崎市中原区", "044", ["小杉町", "新丸子町", "木月"]),
            ("相模原市中央区", "042", ["相模原", "淵野辺"]),
            ("藤沢市", "0466", ["鵠沼海岸", "辻堂"]),
        ],
    ),
    (
        "埼玉県",
        "3",
        [
            ("さいたま市浦和区", "048", ["高砂", "常盤", "岸町"]),
            ("川口市", "048", ["本町", "栄町"]),
            ("所沢市", "04", ["東町", "日吉町"]),
        ],
    ),
    (
        "千葉県",
        "2",
        [
            ("千葉市中央区", "043", ["富士見", "中央"]),
            ("船橋市", "047", ["本町", "前原西"]),
            ("柏市", "04", ["柏", "旭町"]),
        ],
    ),
    (
        "大阪府",
        "5",
        [
            ("大阪市北区", "06", ["梅田", "天満", "中崎"]),
            ("堺市堺区", "072", ["大浜北町", "中瓦町"]),
            ("豊中市", "06", ["本町", "曽根東町"]),
        ],
    ),
    (
        "愛知県",
        "4",
        [("名古屋市中区", "052", ["栄", "大須", "丸の内"]), ("豊田市", "0565", ["挙母町", "元城町"])],
    ),
    (
        "北海道",
        "0",
        [("札幌市中央区", "011", ["北一条西", "南三条西", "宮の森"]), ("旭川市", "0166", ["一条通", "豊岡"])],
    ),
    (
        "福岡県",
        "8",
        [
            ("福岡市博多区", "092", ["博多駅前", "中洲", "住吉"]),
            ("北九州市小倉北区", "093", ["魚町", "京町"]),
        ],
    ),
    ("宮城県", "9", [("仙台市青葉区", "022", ["一番町", "国分町", "上杉"])]),
    ("広島県", "7", [("広島市中区", "082", ["紙屋町", "大手町", "八丁堀"])]),
    (
        "京都府",
        "6",
        [("京都市左京区", "075", ["下鴨本町", "北白川"]), ("京都市中京区", "075", ["烏丸通", "御池町"])],
    ),
    (
        "兵庫県",
        "6",
        [("神戸市中央区", "078", ["三宮町", "元町通"]), ("西宮市", "0798", ["甲子園口", "北口町"])],
    ),
    (
        "静岡県",
        "4",
        [("静岡市葵区", "054", ["呉服町", "鷹匠"]), ("浜松市中央区", "053", ["砂山町", "板屋町"])],
    ),
    ("新潟県", "9", [("新潟市中央区", "025", ["古町通", "東大通"])]),
    ("沖縄県", "9", [("那覇市", "098", ["久茂地", "牧志"])]),
]
GEO_W = [10, 6, 5, 4, 6, 4, 3, 3, 2, 2, 2, 3, 2, 1, 1]
BUILDINGS = [
    "サンハイツ",
    "メゾン桜",
    "グランドール",
    "コーポ緑",
    "パークハウス",
    "レジデンス青葉",
    "ハイム",
    "シャトー",
    "ベルメゾン",
    "ライオンズマンション",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.co.jp",
    "icloud.com",
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "softbank.ne.jp",
    "outlook.jp",
    "nifty.com",
    "biglobe.ne.jp",
    "hotmail.co.jp",
    "au.com",
    "ybb.ne.jp",
]
MAIL_W = [30, 25, 10, 8, 6, 4, 5, 3, 3, 3, 2, 1]

COMPANY = "株式会社みどり通販"
COMPANY_KANA = "ミドリツウハン"
DOMAIN = "midori-tsuhan.co.jp"
SWITCHBOARD = "03-6821-4400"  # 代表
CS_DIAL = "0120-58-3104"  # フリーダイヤル (company)
FAX = "03-6821-4401"
ROLE_MAILS = [f"{x}@{DOMAIN}" for x in ("info", "support", "noreply", "sales", "order", "saiyo", "keiri")]

MAKERS = [
    "山田製作所",
    "鈴木工業",
    "佐藤食品",
    "高橋商店",
    "田中農園",
    "株式会社中村化成",
    "伊藤精機",
    "渡辺物産",
    "小林製菓",
    "加藤織物",
    "吉田刃物",
    "松本醸造",
]
BANKS = [
    ("みずほ銀行", ["渋谷支店", "新宿西口支店", "池袋支店"]),
    ("三菱UFJ銀行", ["本店", "田町支店", "梅田支店"]),
    ("三井住友銀行", ["銀座支店", "横浜支店", "難波支店"]),
    ("りそな銀行", ["東京営業部", "浦和支店"]),
    ("ゆうちょ銀行", ["〇一八店", "〇二八店", "四〇八店"]),
    ("横浜銀行", ["本店営業部", "川崎支店"]),
    ("千葉銀行", ["本店営業部", "船橋支店"]),
    ("楽天銀行", ["第一営業支店", "ジャズ支店"]),
    ("静岡銀行", ["本店営業部"]),
    ("福岡銀行", ["本店営業部", "博多駅前支店"]),
    ("佐藤信用金庫", ["本店"]),
    ("山田信用組合", ["駅前支店"]),
]  # the last two: bank names built from surnames
STORES = [
    "みどり通販 銀座ショールーム",
    "みどり通販 梅田店",
    "佐藤商店",
    "ファミリーマート大崎店",
    "セブン-イレブン港南店",
    "ヨドバシカメラ マルチメディアAkiba",
    "山田電機 テックランド",
    "高島屋 日本橋店",
]
CARRIERS = [
    ("ヤマト運輸", "0120-01-9625"),
    ("佐川急便", "0120-18-9595"),
    ("日本郵便", "0570-046-666"),
    ("西濃運輸", "0120-10-0206"),
    ("福山通運", "0120-29-2984"),
]
PRODUCTS = [
    "紀州南高梅 はちみつ漬 500g",
    "国産黒毛和牛 切り落とし 800g",
    "北海道産 いくら醤油漬 250g",
    "有機栽培 緑茶 ティーバッグ 50包",
    "今治タオル フェイスタオル 3枚組",
    "南部鉄器 急須 0.6L",
    "山田さんちの手作り味噌 1kg",
    "鈴木農園のあまおう 2パック",
    "羽毛掛け布団 シングル",
    "電動歯ブラシ 替えブラシ付",
    "LED デスクライト",
    "ステンレス 保温ボトル 500ml",
    "佐藤錦 さくらんぼ 化粧箱 700g",
    "讃岐うどん 10食セット",
    "加湿空気清浄機",
    "ふるさと野菜セット",
]
PRODUCT_PRICE = [
    2980,
    5980,
    4320,
    1280,
    2200,
    8800,
    1620,
    3980,
    19800,
    3300,
    4980,
    2750,
    6480,
    2160,
    32800,
    3240,
]
COMPANIES = [  # business partners (取引先): name, kana, domain
    ("株式会社山田製作所", "ヤマダセイサクシヨ", "yamada-ss.co.jp"),
    ("鈴木工業株式会社", "スズキコウギヨウ", "suzuki-kogyo.jp"),
    ("佐藤食品株式会社", "サトウシヨクヒン", "sato-foods.co.jp"),
    ("有限会社高橋商店", "タカハシシヨウテン", "takahashi-shoten.jp"),
    ("田中農園株式会社", "タナカノウエン", "tanaka-farm.co.jp"),
    ("株式会社中村化成", "ナカムラカセイ", "nakamura-kasei.co.jp"),
    ("伊藤精機株式会社", "イトウセイキ", "ito-seiki.co.jp"),
    ("渡辺物産株式会社", "ワタナベブツサン", "watanabe-bussan.co.jp"),
    ("株式会社ロジネクスト", "ロジネクスト", "loginext.co.jp"),
    ("株式会社ペイゲート", "ペイゲート", "paygate.jp"),
    ("株式会社コールリンク", "コールリンク", "calllink.co.jp"),
    ("小林製菓株式会社", "コバヤシセイカ", "kobayashi-seika.co.jp"),
]
DEPTS = [
    "営業部",
    "カスタマーサポート部",
    "物流部",
    "マーケティング部",
    "人事部",
    "総務部",
    "経理部",
    "情報システム部",
]
TITLES = ["", "", "", "主任", "係長", "課長", "部長"]

FIXED_DT = dt.datetime(2024, 7, 1, 9, 0, 0)
TODAY = dt.date(2024, 7, 1)

# ----------------------------------------------------------------------------------------------------------
# Check digits
# ----------------------------------------------------------------------------------------------------------


def mynumber_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    base, chk = d[:11], int(d[11])
    tot = 0
    for n in range(1, 12):
        p = int(base[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return chk == (0 if r <= 1 else 11 - r)


def make_mynumber(rng) -> str:
    base = "".join(str(rng.randrange(10)) for _ in range(11))
    for c in range(10):
        if mynumber_ok(base + str(c)):
            return base + str(c)
    raise AssertionError


def make_corp_number(rng) -> str:
    base = "".join(str(rng.randrange(10)) for _ in range(12))
    tot = sum(int(base[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - tot % 9) + base


def ean13(rng, prefix="49") -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def upca(rng) -> str:
    body = "0" + "".join(str(rng.randrange(10)) for _ in range(10))
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def luhn_card(rng, prefix, length) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


def tracking12(rng) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(12))


# ----------------------------------------------------------------------------------------------------------
# Formatting
# ----------------------------------------------------------------------------------------------------------

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
HWKANA = {}
_hw = "ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ"
for _c in _hw:
    HWKANA[unicodedata.normalize("NFKC", _c)] = _c
for _c in "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ":
    HWKANA[unicodedata.normalize("NFKC", _c + "ﾞ")] = _c + "ﾞ"
for _c in "ﾊﾋﾌﾍﾎ":
    HWKANA[unicodedata.normalize("NFKC", _c + "ﾟ")] = _c + "ﾟ"
HWKANA["ヴ"] = "ｳﾞ"
HWKANA["　"] = " "
HWKANA["ー"] = "ｰ"


def to_halfwidth_kana(s: str) -> str:
    return "".join(HWKANA.get(c, c) for c in s)


def fmt_phone(num: str, style: str = "hyphen") -> str:
    if style == "hyphen":
        return num
    if style == "plain":
        return num.replace("-", "")
    if style == "paren":
        a, b, c = num.split("-")
        return f"{a}({b}){c}"
    if style == "fullwidth":
        return num.translate(FW)
    raise ValueError(style)


ERAS = [
    (dt.date(2019, 5, 1), "令和", "R"),
    (dt.date(1989, 1, 8), "平成", "H"),
    (dt.date(1926, 12, 25), "昭和", "S"),
]


def fmt_date(d: dt.date, style: str = "slash"):
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "slash_nopad":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "date":
        return d
    for start, name, letter in ERAS:
        if d >= start:
            y = d.year - start.year + 1
            if style == "wareki":
                return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
            if style == "wareki_short":
                return f"{letter}{y:02d}.{d.month:02d}.{d.day:02d}"
    raise ValueError(style)


def parse_date(v):
    """Independent parser used by the self-check for every birth-date format the generator writes."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    s = unicodedata.normalize("NFKC", str(v)).strip()
    m = (
        re.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", s)
        or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
        or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    )
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    eras = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
    m = re.fullmatch(r"(令和|平成|昭和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", s) or re.fullmatch(
        r"([RHS])(\d{2})\.(\d{2})\.(\d{2})", s
    )
    if m:
        y = 1 if m[2] == "元" else int(m[2])
        return dt.date(eras[m[1]] + y, int(m[3]), int(m[4]))
    raise ValueError(f"unparseable birth date {v!r}")


# ----------------------------------------------------------------------------------------------------------
# Normalisation and strong keys (the contract's identity rule)
# ----------------------------------------------------------------------------------------------------------


def nname(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def nphone(s: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))


def naddr(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def nemail(s: str) -> str:
    return unicodedata.normalize("NFKC", s).strip().lower()


def strong_keys(vals: dict) -> set:
    """vals: role -> list of raw values as written ('name', 'birth', 'phone', 'addr', 'email', 'mynum')."""
    names = {nname(x) for x in vals.get("name", []) if x and nname(x)}
    keys = set()
    for b in vals.get("birth", []):
        if b:
            d = parse_date(b)
            keys |= {("NB", n, d) for n in names}
    for p in vals.get("phone", []):
        if p:
            keys |= {("NP", n, nphone(p)) for n in names}
    for a in vals.get("addr", []):
        if a:
            keys |= {("NA", n, naddr(a)) for n in names}
    for e in vals.get("email", []):
        if e:
            keys.add(("E", nemail(e)))
    for m in vals.get("mynum", []):
        if m:
            keys.add(("M", nphone(m)))
    return keys


class UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, x):
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def components(apps):
    """apps: list of (pid, keyset). Returns list of sets of pids per union-find component."""
    uf = UF(len(apps))
    first = {}
    for i, (_, ks) in enumerate(apps):
        for k in ks:
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
    comp = defaultdict(set)
    for i, (pid, _) in enumerate(apps):
        comp[uf.find(i)].add(pid)
    return list(comp.values())


# ----------------------------------------------------------------------------------------------------------
# Person registry
# ----------------------------------------------------------------------------------------------------------


class Household:
    __slots__ = ("hid", "pref", "city", "town", "c", "b", "g", "bldg", "postal", "landline", "area")

    def addr(self, style="std"):
        num = f"{self.c}-{self.b}-{self.g}"
        bl = f" {self.bldg}" if self.bldg else ""
        if style == "std":
            return f"{self.pref}{self.city}{self.town}{num}{bl}"
        if style == "fullwidth":  # trivially equal after NFKC / space removal
            return f"{self.pref}{self.city}{self.town}{num.translate(FW)}{bl.replace(' ', '　')}"
        if style == "spaced":  # trivially equal after space removal
            return f"{self.pref} {self.city} {self.town}{num}{bl}"
        if style == "chome":  # NOT trivially equal: 3丁目5番12号
            return f"{self.pref}{self.city}{self.town}{self.c}丁目{self.b}番{self.g}号{bl}"
        if style == "nopref":
            return f"{self.city}{self.town}{num}{bl}"
        raise ValueError(style)

    def addr_line(self):
        return f"{self.town}{self.c}-{self.b}-{self.g}" + (f" {self.bldg}" if self.bldg else "")


class Person:
    def __init__(self, pid, kind):
        self.pid = pid
        self.kind = kind
        self.sei = self.mei = self.sei_kana = self.mei_kana = self.sei_roma = self.mei_roma = ""
        self.sex = "M"
        self.birth = None
        self.hh = None
        self.mobile = None
        self.emails = []
        self.mynumber = None
        self.work_email = None
        self.company = None
        self.x = {}  # misc attributes (employee number, customer ids, ...)
        self.foreign = False

    # names
    @property
    def name(self):
        return f"{self.sei} {self.mei}"

    @property
    def name_tight(self):
        return f"{self.sei}{self.mei}"

    @property
    def kana(self):
        return f"{self.sei_kana} {self.mei_kana}"

    @property
    def roma_fl(self):
        return f"{self.mei_roma} {self.sei_roma}"

    @property
    def roma_up(self):
        return f"{self.sei_roma.upper()} {self.mei_roma.upper()}"

    @property
    def phone(self):
        """primary phone: mobile if any, else home landline"""
        return self.mobile or (self.hh.landline if self.hh else None)

    @property
    def email(self):
        return self.emails[-1] if self.emails else None

    def name_forms(self):
        return [self.name, self.kana, self.roma_fl, self.roma_up]


def kana_hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


class Registry:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}
        self.next_pid = 1
        self.name_birth = set()
        self.phones = set()
        self.addrs = set()
        self.emails = set()
        self.mynums = set()
        self.all_names = set()
        self.kanji_names = set()
        self.next_hid = 1

    # ---- unique resources
    def new_mobile(self):
        r = self.rng
        while True:
            p = f"{r.choice(['090', '090', '080', '080', '070'])}-{r.randrange(1000, 10000)}-{r.randrange(10000):04d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def new_landline(self, area):
        r = self.rng
        while True:
            if len(area) == 2:
                p = f"{area}-{r.randrange(3000, 9999)}-{r.randrange(10000):04d}"
            elif len(area) == 3:
                p = f"{area}-{r.randrange(200, 999)}-{r.randrange(10000):04d}"
            else:
                p = f"{area}-{r.randrange(10, 99)}-{r.randrange(10000):04d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def new_company_phone(self, area="03"):
        r = self.rng
        while True:
            tail = r.choice(['0000', '1111', '1000', '2000', '5000', '0001'])
            p = f"{area}-{r.randrange(3000, 9999)}-{tail}" if len(area) == 2 else f"{area}-{r.randrange(200, 999)}-{tail}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def new_household(self, landline_p=0.55):
        r = self.rng
        gi = r.choices(range(len(GEO)), GEO_W)[0]
        pref, pfx, cities = GEO[gi]
        city, area, towns = r.choice(cities)
        while True:
            h = Household()
            h.pref, h.city, h.town, h.area = pref, city, r.choice(towns), area
            h.c, h.b, h.g = r.randint(1, 5), r.randint(1, 30), r.randint(1, 25)
            h.bldg = f"{r.choice(BUILDINGS)}{r.randint(1, 9)}0{r.randint(1, 9)}" if r.random() < 0.35 else ""
            k = h.addr()
            if k not in self.addrs:
                self.addrs.add(k)
                break
        h.hid = self.next_hid
        self.next_hid += 1
        h.postal = f"{pfx}{r.randrange(10, 100)}-{r.randrange(10000):04d}"
        h.landline = self.new_landline(area) if r.random() < landline_p else None
        return h

    def new_email(self, p, domain=None):
        r = self.rng
        while True:
            s, m = p.sei_roma.lower().replace(" ", ""), p.mei_roma.lower().replace(" ", "")
            pat = r.randrange(6)
            y = p.birth.year % 100 if p.birth else r.randrange(100)
            local = [
                f"{m}.{s}",
                f"{s}.{m}{r.randrange(1, 99)}",
                f"{m}{y:02d}",
                f"{s}_{m[0]}{r.randrange(100, 999)}",
                f"{m[:3]}{s[:3]}{r.randrange(10, 99)}",
                f"{m}-{s}-{r.randrange(1, 9)}",
            ][pat]
            dom = domain or r.choices(MAIL_DOMAINS, MAIL_W)[0]
            e = f"{local}@{dom}"
            if e not in self.emails:
                self.emails.add(e)
                return e

    def new_mynumber(self):
        while True:
            m = make_mynumber(self.rng)
            if m not in self.mynums:
                self.mynums.add(m)
                return m

    # ---- names and births
    def _name_ok(self, p, birth):
        return all((nname(f), birth) not in self.name_birth for f in p.name_forms())

    def _commit_name(self, p):
        self.kanji_names.add(nname(p.name))
        for f in p.name_forms():
            self.name_birth.add((nname(f), p.birth))
            self.all_names.add(nname(f))

    def new_person(
        self,
        kind,
        sex=None,
        birth_from=1940,
        birth_to=2004,
        hh=None,
        surname=None,
        avoid_given=(),
        copy_name_of=None,
        foreign=False,
        mobile_p=0.8,
        email_n=1,
        email_domain=None,
    ):
        r = self.rng
        p = Person(self.next_pid, kind)
        self.next_pid += 1
        p.sex = sex or r.choice("MF")
        if foreign:
            f = r.choice(FOREIGN)
            p.sei, p.mei, p.sei_roma, p.mei_roma = f[0], f[1], f[2], f[3]
            p.sei_kana, p.mei_kana = f[0], f[1]
            p.foreign = True
        elif copy_name_of is not None:
            q = copy_name_of
            p.sex = q.sex
            p.sei, p.mei, p.sei_kana, p.mei_kana, p.sei_roma, p.mei_roma = (
                q.sei,
                q.mei,
                q.sei_kana,
                q.mei_kana,
                q.sei_roma,
                q.mei_roma,
            )
        else:
            sn = surname or r.choices(SURNAMES, SURNAME_W)[0]
            pool = MALE if p.sex == "M" else FEMALE
            avoid = set(avoid_given)
            for tries in range(400):
                if tries and tries % 40 == 0 and surname is None:
                    sn = r.choices(SURNAMES, SURNAME_W)[0]
                gn = r.choice(pool)
                if gn[1] in avoid or gn[2] in avoid:
                    continue
                if nname(sn[0] + gn[0]) not in self.kanji_names or tries > 300:
                    break    # 同姓同名 only where asked for (copy_name_of), or when a family name leaves no choice
            p.sei, p.sei_kana, p.sei_roma = sn
            p.mei, p.mei_kana, p.mei_roma = gn
        for _ in range(1000):
            b = dt.date(r.randint(birth_from, birth_to), r.randint(1, 12), r.randint(1, 28))
            if self._name_ok(p, b):
                p.birth = b
                break
        else:
            raise AssertionError("no free birth date")
        self._commit_name(p)
        p.hh = hh if hh is not None else None
        if r.random() < mobile_p:
            p.mobile = self.new_mobile()
        for _ in range(email_n):
            p.emails.append(self.new_email(p, email_domain))
        self.people[p.pid] = p
        return p

    def fresh_name(self, sex=None):
        """a name used by nobody in the registry (for people mentioned only by name)"""
        r = self.rng
        while True:
            p = Person(0, "tmp")
            p.sex = sex or r.choice("MF")
            sn = r.choices(SURNAMES, SURNAME_W)[0]
            gn = r.choice(MALE if p.sex == "M" else FEMALE)
            p.sei, p.sei_kana, p.sei_roma = sn
            p.mei, p.mei_kana, p.mei_roma = gn
            if not any(nname(f) in self.all_names for f in p.name_forms()):
                return p


# ----------------------------------------------------------------------------------------------------------
# Truth bookkeeping
# ----------------------------------------------------------------------------------------------------------

PERSONAL_TYPES = {
    "PERSON",
    "ADDRESS",
    "POSTAL_CODE",
    "PHONE",
    "EMAIL",
    "DATE_OF_BIRTH",
    "MY_NUMBER",
    "CREDIT_CARD",
    "BANK_ACCOUNT",
    "PASSPORT",
    "DRIVERS_LICENSE",
    "HEALTH_INSURANCE",
    "PENSION_NUMBER",
    "RESIDENCE_CARD",
    "IP_ADDRESS",
    "SENSITIVE",
}
ALL_TYPES = PERSONAL_TYPES | {"CORPORATE_NUMBER", "TEXT", "?", None}


class Col:
    __slots__ = ("h", "t", "slot", "role", "hn")

    def __init__(self, h, t, slot="a", role=None, hn=False):
        assert t in ALL_TYPES, t
        assert not (hn and t is not None), h
        self.h, self.t, self.slot, self.role, self.hn = h, t, slot, role, hn


def C(h, t=None, role=None, slot="a", hn=False):
    return Col(h, t, slot, role, hn)


def HN(h):
    return Col(h, None, "a", None, True)


class Truth:
    def __init__(self):
        self.entries = {"drive": {}, "database": {}}
        self.apps = {"drive": defaultdict(list), "database": defaultdict(list)}

    def entry(self, scope, name, specs=None, extra=None, columns=True):
        e = self.entries[scope].setdefault(name, {})
        if specs is not None and columns:
            cols = e.setdefault("columns", {})
            hn = e.setdefault("hard_negative_columns", [])
            for c in specs:
                if c.h in cols and cols[c.h] != c.t:
                    raise AssertionError(f"{name}: column {c.h} typed twice ({cols[c.h]} / {c.t})")
                cols[c.h] = c.t
                if c.hn and c.h not in hn:
                    hn.append(c.h)
        if extra:
            e.update(extra)
        return e

    def app(self, scope, where, pid, **vals):
        assert where in self.entries[scope], where
        assert pid is not None
        self.apps[scope][where].append((pid, {k: [x for x in v if x] for k, v in vals.items()}))

    def rows(self, scope, name, specs, rows):
        """derive one appearance per (row, subject slot) from the values actually written"""
        self.entry(scope, name, specs)
        for row in rows:
            subj = row.get("_s", {})
            by_slot = defaultdict(lambda: defaultdict(list))
            personal = defaultdict(bool)
            pairs = defaultdict(dict)
            for c in specs:
                v = row.get(c.h)
                if v in (None, ""):
                    continue
                if c.t in PERSONAL_TYPES:
                    personal[c.slot] = True
                if not c.role:
                    continue
                if c.role.startswith(("sei.", "mei.")):
                    part, tag = c.role.split(".")
                    pairs[c.slot].setdefault(tag, {})[part] = str(v)
                elif c.role == "n_struct":
                    parts = str(v).split(";")
                    by_slot[c.slot]["name"].append(parts[0] + parts[1])
                else:
                    by_slot[c.slot][c.role].append(v if isinstance(v, dt.date) else str(v))
            for slot, tags in pairs.items():
                for tag, d in tags.items():
                    if "sei" in d and "mei" in d:
                        by_slot[slot]["name"].append(d["sei"] + d["mei"])
            for slot in set(by_slot) | set(personal):
                if not personal[slot]:
                    continue
                pid = subj.get(slot, "missing")
                if pid == "missing":
                    raise AssertionError(f"{name}: row has data for slot {slot} but no subject: {row}")
                if pid is None:
                    continue  # a company / role contact, not a person
                self.app(scope, name, pid, **by_slot[slot])

    def persons(self, scope, name):
        return {pid for pid, _ in self.apps[scope].get(name, [])}


# ----------------------------------------------------------------------------------------------------------
# Writers (deterministic)
# ----------------------------------------------------------------------------------------------------------

ZIP_DT = (2024, 7, 1, 9, 0, 0)


def normalize_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = content.decode("utf-8")
                s = re.sub(
                    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    r"\g<1>2024-07-01T00:00:00Z\3",
                    s,
                )
                s = re.sub(
                    r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>2024-07-01T00:00:00Z\2", s
                )
                content = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


class Drive:
    def __init__(self, root, truth):
        self.root = root
        self.truth = truth
        self.written = []
        self.csv_meta = {}

    def path(self, rel):
        p = os.path.join(self.root, *rel.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        assert rel not in self.written, rel
        self.written.append(rel)
        return p

    def write_bytes(self, rel, data: bytes):
        with open(self.path(rel), "wb") as f:
            f.write(data)

    def write_text(self, rel, text, enc="utf-8", newline="\n"):
        self.write_bytes(rel, text.replace("\n", newline).encode(enc))

    @staticmethod
    def _cell(v):
        if v is None:
            return ""
        if isinstance(v, dt.date):
            return fmt_date(v, "slash")
        return str(v)

    def csv(
        self,
        rel,
        specs,
        rows,
        enc="utf-8",
        delim=",",
        header=True,
        preamble=(),
        newline="\r\n",
        quote_all=False,
        record=True,
        headerless_note=False,
    ):
        buf = io.StringIO()
        w = csv.writer(
            buf,
            delimiter=delim,
            lineterminator=newline,
            quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        )
        for line in preamble:
            w.writerow(line)
        if header:
            w.writerow([c.h for c in specs])
        for r in rows:
            w.writerow([self._cell(r.get(c.h)) for c in specs])
        self.write_bytes(rel, buf.getvalue().encode(enc))
        if not record:
            return
        self.csv_meta[rel] = (enc, delim, header, len(preamble), specs)
        if header:
            self.truth.rows("drive", rel, specs, rows)
        else:
            # headerless: there is no header cell to key a column on; truth gives positional types instead
            self.truth.rows("drive", rel, specs, rows)
            e = self.truth.entries["drive"][rel]
            e["columns"] = {}
            e["hard_negative_columns"] = []
            e["headerless"] = True
            e["column_positions"] = {str(i): c.t for i, c in enumerate(specs)}

    def xlsx(self, rel, sheets):
        import openpyxl

        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        wb.properties.creator = "midori-tsuhan"
        wb.properties.created = FIXED_DT
        wb.properties.modified = FIXED_DT
        for sh in sheets:
            ws = wb.create_sheet(sh["title"])
            for line in sh.get("banner", ()):
                ws.append(list(line))
            specs = sh.get("specs") or []
            if specs:
                ws.append([c.h for c in specs])
            for r in sh.get("rows", []):
                ws.append([r.get(c.h) for c in specs])
            for line in sh.get("raw", ()):
                ws.append(list(line))
            if sh.get("date_cols"):
                for ci, c in enumerate(specs, 1):
                    if c.h in sh["date_cols"]:
                        for row in ws.iter_rows(
                            min_row=len(sh.get("banner", ())) + 2, min_col=ci, max_col=ci
                        ):
                            for cell in row:
                                cell.number_format = "yyyy/mm/dd"
        buf = io.BytesIO()
        wb.save(buf)
        self.write_bytes(rel, normalize_zip(buf.getvalue()))
        e = self.truth.entry("drive", rel, [])
        for sh in sheets:
            if sh.get("specs"):
                self.truth.rows("drive", rel, sh["specs"], sh.get("rows", []))
        return e

    def docx(self, rel, build):
        import docx

        d = docx.Document()
        d.core_properties.author = "midori-tsuhan"
        d.core_properties.created = FIXED_DT
        d.core_properties.modified = FIXED_DT
        d.core_properties.last_printed = FIXED_DT
        build(d)
        buf = io.BytesIO()
        d.save(buf)
        self.write_bytes(rel, normalize_zip(buf.getvalue()))


def set_path(d, path, v):
    parts = path.split(".")
    for p in parts[:-1]:
        d = d.setdefault(p, {})
    d[parts[-1]] = v


def nest(specs, row, skip_empty=True):
    out = {}
    for c in specs:
        v = row.get(c.h)
        if (v is None or v == "") and skip_empty:
            continue
        if isinstance(v, dt.date):
            v = v.isoformat()
        set_path(out, c.h, v)
    return out


# ----------------------------------------------------------------------------------------------------------
# The world: who exists
# ----------------------------------------------------------------------------------------------------------


class World:
    pass


def build_world(seed):
    rng = random.Random(seed * 7919 + 11)
    reg = Registry(rng)
    W = World()
    W.rng, W.reg = rng, reg

    # ---- customers in households -------------------------------------------------------------------------
    W.customers = []
    W.households = []
    while len(W.customers) < 3300:
        hh = reg.new_household()
        size = rng.choices([1, 2, 3], [80, 15, 5])[0]
        members = []
        head_sex = rng.choice("MF")
        copy = None
        if size == 1 and len(W.customers) > 200 and rng.random() < 0.012:
            copy = rng.choice(W.customers[: len(W.customers) - 50])  # 同姓同名, a different person
        p = reg.new_person(
            "customer",
            sex=head_sex,
            birth_from=1942,
            birth_to=2003,
            hh=hh,
            copy_name_of=copy,
            mobile_p=0.85 if hh.landline else 1.0,
            email_n=2 if rng.random() < 0.05 else 1,
        )
        if copy is not None:
            p.x["namesake"] = copy.pid
            copy.x["namesake"] = p.pid
        members.append(p)
        if size >= 2:
            q = reg.new_person(
                "customer",
                sex="F" if head_sex == "M" else "M",
                birth_from=max(1942, p.birth.year - 6),
                birth_to=min(2003, p.birth.year + 6),
                hh=hh,
                surname=(p.sei, p.sei_kana, p.sei_roma),
                avoid_given=(p.mei_kana, p.mei_roma),
                mobile_p=0.7 if hh.landline else 1.0,
            )
            members.append(q)
        if size >= 3 and p.birth.year < 1980:
            c = reg.new_person(
                "customer",
                birth_from=p.birth.year + 22,
                birth_to=min(2004, p.birth.year + 38),
                hh=hh,
                surname=(p.sei, p.sei_kana, p.sei_roma),
                avoid_given=[m.mei_kana for m in members] + [m.mei_roma for m in members],
                mobile_p=0.9 if hh.landline else 1.0,
            )
            members.append(c)
        for m in members:
            if m.phone is None:
                m.mobile = reg.new_mobile()
            m.x["since"] = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
            if m.x["since"] > dt.date(2024, 6, 20):
                m.x["since"] = dt.date(2024, 6, 20)
            if len(m.emails) == 2:
                m.x["rereg"] = dt.date(rng.randint(2020, 2024), rng.randint(1, 6), rng.randint(1, 28))
        W.households.append((hh, members))
        W.customers.extend(members)
    for c in W.customers:
        c.x["drive"] = rng.random() < 0.50
        c.x["db"] = rng.random() < 0.70
        c.x["dormant"] = c.x["drive"] and rng.random() < 0.12
    for c in W.customers:  # keep both halves of every 同姓同名 pair visible in both scopes
        if "namesake" in c.x:
            c.x["drive"] = c.x["db"] = True
            c.x["dormant"] = False
    # customer numbers (one per registration)
    cno = 100000
    for c in sorted(W.customers, key=lambda p: (p.x["since"], p.pid)):
        cno += rng.randint(1, 3)
        c.x["cid"] = [cno]
        if len(c.emails) == 2:
            cno += rng.randint(1, 3)
            c.x["cid"].append(cno + 500000)  # re-registration issued later: different series
    # family members who never registered but call the call centre from the home phone
    W.family = []
    for hh, members in W.households:
        if len(members) == 1 and hh.landline and rng.random() < 0.12:
            p0 = members[0]
            f = reg.new_person(
                "family",
                sex="F" if p0.sex == "M" else "M",
                birth_from=max(1942, p0.birth.year - 8),
                birth_to=min(2003, p0.birth.year + 8),
                hh=hh,
                surname=(p0.sei, p0.sei_kana, p0.sei_roma),
                avoid_given=(p0.mei_kana, p0.mei_roma),
                mobile_p=0,
                email_n=0,
            )
            f.x["of"] = p0.pid
            f.x["scope"] = "drive" if p0.x["drive"] and not p0.x["dormant"] and rng.random() < 0.5 else "db"
            if f.x["scope"] == "db" and not p0.x["db"]:
                f.x["scope"] = "drive" if p0.x["drive"] and not p0.x["dormant"] else None
            if f.x["scope"]:
                W.family.append(f)

    # ---- gift recipients (only ever on a shipping label) ------------------------------------------------
    W.gifts = []
    for _ in range(520):
        hh = reg.new_household(landline_p=0.6)
        g = reg.new_person(
            "gift", birth_from=1935, birth_to=2000, hh=hh, mobile_p=0.4 if hh.landline else 1.0, email_n=0
        )
        if g.phone is None:
            g.mobile = reg.new_mobile()
        g.x["drive"] = rng.random() < 0.45
        g.x["db"] = rng.random() < 0.75
        W.gifts.append(g)

    # ---- employees, dependants, parents --------------------------------------------------------------------
    W.employees, W.dependants, W.parents = [], [], []
    work = set()
    for i in range(136):
        foreign = i in (17, 58, 91, 120)
        hh = reg.new_household(landline_p=0.35)
        e = reg.new_person("employee", birth_from=1962, birth_to=2001, hh=hh, mobile_p=1.0, foreign=foreign)
        e.x["emp_no"] = f"E{10021 + i * 7:05d}"
        e.x["dept"] = rng.choice(DEPTS)
        e.x["title"] = rng.choice(TITLES) if e.birth.year < 1990 else ""
        e.x["joined"] = dt.date(
            rng.randint(max(2005, e.birth.year + 22), 2024), rng.choice([4, 4, 4, 7, 10]), 1
        )
        e.x["retired"] = i >= 126
        e.mynumber = reg.new_mynumber()
        base = f"{e.mei_roma[0].lower()}.{e.sei_roma.lower()}"
        local, n = base, 2
        while local in work:
            local, n = f"{base}{n}", n + 1
        work.add(local)
        e.work_email = f"{local}@{DOMAIN}"
        reg.emails.add(e.work_email)
        e.x["ext"] = f"{2000 + i * 3}"
        e.x["nenkin"] = f"{rng.randrange(1000, 10000)}-{rng.randrange(100000, 1000000)}"
        e.x["hoken_kigo"] = str(rng.randrange(10, 99999))
        e.x["hoken_bango"] = str(rng.randrange(1, 999))
        e.x["hokensha"] = "06" + f"{rng.randrange(130000, 139999)}"
        e.x["menkyo"] = (
            f"{rng.choice(['30', '45', '49', '50', '62'])}{rng.randrange(80, 100) if e.birth.year < 1980 else rng.randrange(0, 24):02d}"
            f"{rng.randrange(1000000):06d}{rng.randrange(10)}{rng.choice('0001')}"
            if rng.random() < 0.8
            else ""
        )
        e.x["passport"] = (
            f"{rng.choice(['TK', 'TR', 'TZ', 'MZ', 'TS'])}{rng.randrange(10**7):07d}"
            if rng.random() < 0.4
            else ""
        )
        e.x["zairyu"] = (
            (
                f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                f"{rng.randrange(10**8):08d}{rng.choice(['AB', 'CD', 'EF', 'GH', 'JK'])}"
            )
            if foreign
            else ""
        )
        bank, branches = rng.choice(BANKS[:10])
        e.x["bank"], e.x["branch"] = bank, rng.choice(branches)
        e.x["kouza"] = f"{rng.randrange(10**7):07d}"
        W.employees.append(e)
        # dependants
        if not foreign and e.birth.year < 1996 and rng.random() < 0.6:
            s = reg.new_person(
                "dependant",
                sex="F" if e.sex == "M" else "M",
                birth_from=e.birth.year - 5,
                birth_to=min(2002, e.birth.year + 5),
                hh=hh,
                surname=(e.sei, e.sei_kana, e.sei_roma),
                avoid_given=(e.mei_kana, e.mei_roma),
                mobile_p=0,
                email_n=0,
            )
            s.mynumber = reg.new_mynumber()
            s.x["rel"] = "配偶者"
            s.x["of"] = e.pid
            e.x["spouse"] = s
            W.dependants.append(s)
            kids = []
            for _k in range(rng.choices([0, 1, 2, 3], [25, 35, 30, 10])[0]):
                lo = max(e.birth.year, s.birth.year) + 24
                if lo > 2023:
                    break
                k = reg.new_person(
                    "dependant",
                    birth_from=lo,
                    birth_to=min(2023, lo + 14),
                    hh=hh,
                    surname=(e.sei, e.sei_kana, e.sei_roma),
                    avoid_given=[e.mei_kana, s.mei_kana]
                    + [q.mei_kana for q in kids]
                    + [e.mei_roma, s.mei_roma]
                    + [q.mei_roma for q in kids],
                    mobile_p=0,
                    email_n=0,
                )
                k.mynumber = reg.new_mynumber()
                k.x["rel"] = (
                    "長男"
                    if k.sex == "M" and not any(q.sex == "M" for q in kids)
                    else "長女"
                    if k.sex == "F" and not any(q.sex == "F" for q in kids)
                    else ("次男" if k.sex == "M" else "次女")
                )
                k.x["of"] = e.pid
                kids.append(k)
                W.dependants.append(k)
            e.x["kids"] = kids
        else:
            e.x["kids"] = []
        # parent as emergency contact
        if rng.random() < 0.45 and not e.x["retired"]:
            ph = reg.new_household(landline_p=0.5)
            par = reg.new_person(
                "parent",
                birth_from=e.birth.year - 35,
                birth_to=e.birth.year - 22,
                hh=ph,
                surname=None if e.foreign else (e.sei, e.sei_kana, e.sei_roma),
                foreign=e.foreign,
                avoid_given=(e.mei_kana, e.mei_roma),
                mobile_p=1.0,
                email_n=0,
            )
            par.x["of"] = e.pid
            par.x["rel"] = "父" if par.sex == "M" else "母"
            e.x["parent"] = par
            W.parents.append(par)

    # ---- applicants (recruiting) --------------------------------------------------------------------------
    W.applicants = []
    for i in range(64):
        hh = reg.new_household(landline_p=0.2)
        a = reg.new_person("applicant", birth_from=2001, birth_to=2003, hh=hh, mobile_p=1.0)
        a.x["app_no"] = f"A25-{i + 1:04d}"
        a.x["school"] = rng.choice(
            [
                "東京大学 経済学部",
                "早稲田大学 商学部",
                "明治大学 経営学部",
                "法政大学 社会学部",
                "日本大学 法学部",
                "大阪大学 人間科学部",
                "立命館大学 経営学部",
                "東洋大学 経済学部",
                "千葉大学 文学部",
                "専修大学 ネットワーク情報学部",
            ]
        )
        W.applicants.append(a)

    # ---- business contacts at partner companies ------------------------------------------------------------
    W.contacts = []
    W.companies = []
    for ci, (cname, ckana, cdom) in enumerate(COMPANIES):
        co = {
            "name": cname,
            "kana": ckana,
            "domain": cdom,
            "corp_no": make_corp_number(rng),
            "tel": reg.new_company_phone(rng.choice(["03", "03", "06", "052", "045"])),
            "mail": f"{rng.choice(['info', 'sales', 'contact', 'eigyo'])}@{cdom}",
            "bank": rng.choice(BANKS),
            "kouza": f"{rng.randrange(10**7):07d}",
            "contacts": [],
        }
        co["branch"] = rng.choice(co["bank"][1])
        W.companies.append(co)
        for _ in range(rng.randint(3, 5)):
            p = reg.new_person("contact", birth_from=1960, birth_to=1998, mobile_p=0.6, email_domain=cdom)
            p.company = co
            if p.mobile is None:
                area = co["tel"].split("-")[0]
                p.mobile = reg.new_landline(area)  # 直通 (direct line)
            p.x["title"] = rng.choice(
                ["営業部", "営業部 課長", "物流課", "経理部", "代表取締役", "CS推進室 主任"]
            )
            co["contacts"].append(p)
            W.contacts.append(p)

    # ---- people who appear in exactly one scope and one kind of data ---------------------------------------
    def singles(kind, n, email=1, mobile_p=0.7, hh=True, **kw):
        out = []
        for _ in range(n):
            h = reg.new_household() if hh else None
            p = reg.new_person(kind, hh=h, mobile_p=mobile_p, email_n=email, **kw)
            if p.phone is None:
                p.mobile = reg.new_mobile()
            out.append(p)
        return out

    W.camp_drive = singles("campaign", 140, birth_from=1960, birth_to=2004)
    W.camp_db = singles("campaign", 340, birth_from=1960, birth_to=2004)
    W.prospects = singles("prospect", 36, birth_from=1950, birth_to=2002)
    W.subscribers = singles("subscriber", 170, hh=False, birth_from=1955, birth_to=2004)  # e-mail only
    W.app_members = singles("app_member", 50, birth_from=1970, birth_to=2005)
    W.visitors = singles("visitor", 14, email=0, mobile_p=1.0, hh=False, birth_from=1960, birth_to=1998)
    W.bare = []
    for _ in range(16):
        t = reg.fresh_name()
        p = Person(reg.next_pid, "bare")
        reg.next_pid += 1
        for a in ("sex", "sei", "mei", "sei_kana", "mei_kana", "sei_roma", "mei_roma"):
            setattr(p, a, getattr(t, a))
        for f in p.name_forms():
            reg.all_names.add(nname(f))
        reg.people[p.pid] = p
        W.bare.append(p)
    return W


# ----------------------------------------------------------------------------------------------------------
# Drive
# ----------------------------------------------------------------------------------------------------------

NOTES = [
    "",
    "",
    "",
    "",
    "代引き不可",
    "不在がち。夕方以降の配達希望",
    "ギフト利用多い",
    "クレーム履歴あり（2023年）",
    "置き配OK",
    "請求書払い希望",
    "定期便利用中",
    "DM不要",
]
CALL_TOPICS = [
    ("配送状況", "配送状況の確認。追跡番号を案内済み"),
    ("返品", "返品手続きを案内"),
    ("注文変更", "数量変更を承った"),
    ("請求", "請求金額についての問い合わせ"),
    ("商品", "商品の使い方について"),
    ("解約", "定期便の解約を受付"),
    ("住所変更", "届け先住所の変更を受付"),
    ("その他", "折り返し希望"),
]


def S(pid, **more):
    d = {"a": pid}
    d.update(more)
    return d


def pick_phone(p, rng):
    """a fixed phone per person for files where one number is shown (keeps a caller linkable inside a file)"""
    if "callphone" not in p.x:
        opts = [x for x in (p.mobile, p.hh.landline if p.hh else None) if x]
        p.x["callphone"] = rng.choice(opts)
    return p.x["callphone"]


_ORDER_SEEN = set()


def order_no(rng, d):
    """order numbers are unique across the whole run (the orders table uses them as primary key)"""
    while True:
        o = f"MT-{d.strftime('%Y%m%d')}{rng.randrange(10**5):05d}"
        if o not in _ORDER_SEEN:
            _ORDER_SEEN.add(o)
            return o


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def build_drive(W, out, truth):
    rng = random.Random(W.rng.random())
    D = Drive(os.path.join(out, "drive"), truth)
    T = truth
    active = [c for c in W.customers if c.x["drive"] and not c.x["dormant"]]
    dormant = [c for c in W.customers if c.x["drive"] and c.x["dormant"]]
    gifts = [g for g in W.gifts if g.x["drive"]]
    emps = [e for e in W.employees if not e.x["retired"]]
    namesakes = [c for c in active if "namesake" in c.x]

    def regs(c):
        """(customer number, e-mail, registered) per registration of a customer"""
        if len(c.emails) == 2:
            return [(c.x["cid"][0], c.emails[0], c.x["since"]), (c.x["cid"][1], c.emails[1], c.x["rereg"])]
        return [(c.x["cid"][0], c.emails[0], c.x["since"])]

    def tel_pair(c):
        """hub shows home phone + mobile"""
        land = c.hh.landline
        if land and c.mobile:
            return land, c.mobile
        return (c.phone, "")

    # ---- 1. hub customer list (UTF-8, CRLF) + a byte-identical backup copy ------------------------------
    specs = [
        HN("顧客番号"),
        C("氏名", "PERSON", "name"),
        C("フリガナ", "PERSON", "name"),
        C("性別", "?"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("郵便番号", "POSTAL_CODE"),
        C("住所", "ADDRESS", "addr"),
        C("電話番号", "PHONE", "phone"),
        C("携帯電話", "PHONE", "phone"),
        C("メールアドレス", "EMAIL", "email"),
        HN("登録日"),
        C("会員ランク"),
        C("備考", "TEXT"),
    ]
    rows = []
    for c in active:
        for i, (cid, mail, since) in enumerate(regs(c)):
            t1, t2 = tel_pair(c)
            note = rng.choice(NOTES)
            if len(c.emails) == 2 and i == 0:
                note = f"{c.x['rereg'].year}年 メールアドレス変更のため再登録（新番号 {c.x['cid'][1]}）"
            rows.append(
                {
                    "顧客番号": cid,
                    "氏名": c.name,
                    "フリガナ": c.kana,
                    "性別": "男" if c.sex == "M" else "女",
                    "生年月日": fmt_date(c.birth, "slash"),
                    "郵便番号": c.hh.postal,
                    "住所": c.hh.addr(),
                    "電話番号": t1,
                    "携帯電話": t2,
                    "メールアドレス": mail,
                    "登録日": fmt_date(since, "slash"),
                    "会員ランク": rng.choice(["一般", "一般", "シルバー", "ゴールド"]),
                    "備考": note,
                    "_s": S(c.pid),
                }
            )
    rows.sort(key=lambda r: r["顧客番号"])
    D.csv("営業部/顧客管理/顧客一覧_2024.csv", specs, rows)
    src = "営業部/顧客管理/顧客一覧_2024.csv"
    dst = "共有/backup/顧客一覧_2024_copy.csv"
    shutil.copyfile(os.path.join(D.root, *src.split("/")), D.path(dst))
    T.entries["drive"][dst] = json.loads(json.dumps(T.entries["drive"][src]))
    T.apps["drive"][dst] = list(T.apps["drive"][src])

    # ---- 2. export of the export: UTF-8 with BOM, English headers, registrations since 2021 ----------------
    specs = [
        HN("customer_id"),
        C("name", "PERSON", "name"),
        C("name_kana", "PERSON", "name"),
        C("birthday", "DATE_OF_BIRTH", "birth"),
        C("zip", "POSTAL_CODE"),
        C("address", "ADDRESS", "addr"),
        C("tel", "PHONE", "phone"),
        C("email", "EMAIL", "email"),
        HN("last_order_date"),
        HN("total_amount"),
    ]
    rows = []
    for c in active:
        cid, mail, since = regs(c)[-1]
        if since.year >= 2021:
            rows.append(
                {
                    "customer_id": cid,
                    "name": c.name,
                    "name_kana": c.kana,
                    "birthday": fmt_date(c.birth, "iso"),
                    "zip": c.hh.postal.replace("-", ""),
                    "address": c.hh.addr("fullwidth"),
                    "tel": fmt_phone(c.phone, "plain"),
                    "email": mail,
                    "last_order_date": fmt_date(
                        rand_date(rng, max(since, dt.date(2024, 1, 1)), TODAY), "iso"
                    ),
                    "total_amount": rng.randrange(2000, 300000),
                    "_s": S(c.pid),
                }
            )
    D.csv("営業部/顧客管理/顧客一覧_export_utf8bom.csv", specs, rows, enc="utf-8-sig")

    # ---- 3. CP932, romaji headers, wareki birth dates, half-width kana ---------------------------------------
    specs = [
        HN("kokyaku_no"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("yubin", "POSTAL_CODE"),
        C("jusho", "ADDRESS", "addr"),
        C("tel1", "PHONE", "phone"),
        C("tel2", "PHONE", "phone"),
        C("mail", "EMAIL", "email"),
    ]
    rows = []
    for c in sorted(rng.sample(active, 520), key=lambda p: p.x["cid"][0]):
        for cid, mail, since in regs(c):
            rows.append(
                {
                    "kokyaku_no": cid,
                    "shimei": c.name,
                    "shimei_kana": to_halfwidth_kana(c.kana),
                    "seinengappi": fmt_date(c.birth, "wareki"),
                    "yubin": c.hh.postal,
                    "jusho": c.hh.addr("spaced"),
                    "tel1": c.hh.landline or "",
                    "tel2": c.mobile or "",
                    "mail": mail,
                    "_s": S(c.pid),
                }
            )
    D.csv("営業部/顧客管理/customers_sjis.csv", specs, rows, enc="cp932")

    # ---- 4. TSV, half-width kana header, split address ----------------------------------------------------
    specs = [
        C("No"),
        C("氏名", "PERSON", "name"),
        C("ｼﾒｲ", "PERSON", "name"),
        C("TEL", "PHONE", "phone"),
        C("〒", "POSTAL_CODE"),
        C("住所1", "ADDRESS"),
        C("住所2", "ADDRESS"),
    ]
    rows = []
    for i, c in enumerate(rng.sample(active, 300), 1):
        rows.append(
            {
                "No": i,
                "氏名": c.name_tight,
                "ｼﾒｲ": to_halfwidth_kana(c.kana),
                "TEL": fmt_phone(c.phone, "paren"),
                "〒": c.hh.postal,
                "住所1": c.hh.pref + c.hh.city,
                "住所2": c.hh.addr_line(),
                "_s": S(c.pid),
            }
        )
    D.csv("営業部/顧客管理/顧客リスト.tsv", specs, rows, delim="\t", newline="\n")

    # ---- 5. monthly buyer lists that overlap ----------------------------------------------------------------
    regulars = rng.sample(active, 650)
    specs = [
        HN("会員番号"),
        C("氏名", "PERSON", "name"),
        C("電話番号", "PHONE", "phone"),
        C("メールアドレス", "EMAIL", "email"),
        HN("最終購入日"),
        HN("購入金額"),
    ]
    for m in range(1, 7):
        picked = rng.sample(regulars, 210) + rng.sample(active, 40)
        seen, rows = set(), []
        for c in picked:
            if c.pid in seen:
                continue
            seen.add(c.pid)
            cid, mail, since = regs(c)[-1]
            last = dt.date(2024, m, rng.randint(1, 28))
            rows.append(
                {
                    "会員番号": cid,
                    "氏名": c.name,
                    "電話番号": c.phone,
                    "メールアドレス": mail,
                    "最終購入日": fmt_date(last, "slash"),
                    "購入金額": f"{rng.randrange(1500, 60000):,}",
                    "_s": S(c.pid),
                }
            )
        rows.sort(key=lambda r: r["会員番号"])
        D.csv(f"営業部/顧客管理/月次/2024-{m:02d}_購入者リスト.csv", specs, rows)

    # ---- 6. headerless legacy dump (CP932) ------------------------------------------------------------------
    specs = [
        HN("id"),
        C("name", "PERSON", "name"),
        C("kana", "PERSON", "name"),
        C("birth", "DATE_OF_BIRTH", "birth"),
        C("tel", "PHONE", "phone"),
        C("zip", "POSTAL_CODE"),
        C("addr", "ADDRESS", "addr"),
    ]
    rows = []
    for c in active + dormant:
        cid, mail, since = regs(c)[0]
        if since < dt.date(2019, 4, 1):
            rows.append(
                {
                    "id": cid,
                    "name": c.name_tight,
                    "kana": to_halfwidth_kana(c.kana.replace(" ", "")),
                    "birth": fmt_date(c.birth, "compact"),
                    "tel": fmt_phone(c.phone, "plain"),
                    "zip": c.hh.postal.replace("-", ""),
                    "addr": c.hh.addr(),
                    "_s": S(c.pid),
                }
            )
    rows.sort(key=lambda r: r["id"])
    D.csv(
        "情報システム部/旧システム出力/cust_dump_20190401.csv",
        specs,
        rows,
        enc="cp932",
        header=False,
        quote_all=True,
    )

    # ---- 7. customer ledger workbook: title rows, split names/addresses, a corporate sheet --------------------
    def ledger_rows(lst):
        out = []
        for c in lst:
            cid, mail, since = regs(c)[-1]
            out.append(
                {
                    "顧客No": cid,
                    "姓": c.sei,
                    "名": c.mei,
                    "セイ": c.sei_kana,
                    "メイ": c.mei_kana,
                    "生年月日": c.birth,
                    "〒": c.hh.postal,
                    "都道府県": c.hh.pref,
                    "市区町村": c.hh.city,
                    "番地・建物": c.hh.addr_line(),
                    "TEL": c.phone,
                    "E-mail": mail,
                    "_s": S(c.pid),
                }
            )
        return out

    lspecs = [
        HN("顧客No"),
        C("姓", "PERSON", "sei.k"),
        C("名", "PERSON", "mei.k"),
        C("セイ", "PERSON", "sei.kana"),
        C("メイ", "PERSON", "mei.kana"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("〒", "POSTAL_CODE"),
        C("都道府県", "?"),
        C("市区町村", "?"),
        C("番地・建物", "ADDRESS"),
        C("TEL", "PHONE", "phone"),
        C("E-mail", "EMAIL", "email"),
    ]
    cspecs = [
        C("法人番号", "CORPORATE_NUMBER"),
        HN("会社名"),
        HN("代表電話"),
        HN("代表メール"),
        C("担当者名", "PERSON", "name"),
        C("担当者メール", "EMAIL", "email"),
        C("担当者直通", "PHONE", "phone"),
    ]
    drive_contacts = [p for p in W.contacts if rng.random() < 0.8]
    crow = []
    for co in W.companies:
        cs = [p for p in co["contacts"] if p in drive_contacts]
        if not cs:
            crow.append(
                {
                    "法人番号": co["corp_no"],
                    "会社名": co["name"],
                    "代表電話": co["tel"],
                    "代表メール": co["mail"],
                    "_s": {"a": None},
                }
            )
        for p in cs:
            crow.append(
                {
                    "法人番号": co["corp_no"],
                    "会社名": co["name"],
                    "代表電話": co["tel"],
                    "代表メール": co["mail"],
                    "担当者名": p.name,
                    "担当者メール": p.email,
                    "担当者直通": p.mobile,
                    "_s": S(p.pid),
                }
            )
    D.xlsx(
        "営業部/顧客管理/顧客台帳.xlsx",
        [
            {
                "title": "個人顧客",
                "banner": [["顧客台帳（個人）", None, "2024年6月末現在"], []],
                "specs": lspecs,
                "rows": ledger_rows(sorted(rng.sample(active, 260), key=lambda p: p.x["cid"][-1])),
                "date_cols": ["生年月日"],
            },
            {"title": "法人顧客", "specs": cspecs, "rows": crow},
            {
                "title": "休眠顧客",
                "banner": [["休眠顧客（最終購入から3年以上）"]],
                "specs": lspecs,
                "rows": ledger_rows(dormant),
                "date_cols": ["生年月日"],
            },
        ],
    )

    # ---- 8. previous year's list (old e-mails) --------------------------------------------------------------
    specs = [
        HN("顧客コード"),
        C("お客様氏名", "PERSON", "name"),
        C("カナ氏名", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("電話", "PHONE", "phone"),
        C("メール", "EMAIL", "email"),
        C("住所", "ADDRESS", "addr"),
    ]
    rows = []
    for c in active + dormant:
        for cid, mail, since in regs(c):
            if since < dt.date(2023, 4, 1):
                rows.append(
                    {
                        "顧客コード": cid,
                        "お客様氏名": c.name,
                        "カナ氏名": c.kana,
                        "生年月日": c.birth,
                        "電話": c.phone,
                        "メール": mail,
                        "住所": c.hh.addr(),
                        "_s": S(c.pid),
                    }
                )
    rows.sort(key=lambda r: r["顧客コード"])
    D.xlsx(
        "共有/old/顧客一覧_2023.xlsx",
        [{"title": "2023年度末", "specs": specs, "rows": rows, "date_cols": ["生年月日"]}],
    )

    W.drive_ctx = dict(
        D=D,
        rng=rng,
        active=active,
        dormant=dormant,
        gifts=gifts,
        emps=emps,
        regs=regs,
        drive_contacts=drive_contacts,
        namesakes=namesakes,
    )
    build_drive_2(W)
    return D


def rfc_date(d: dt.datetime):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return f"{wd}, {d.day:02d} {mo} {d.year} {d:%H:%M:%S} +0900"


def addr_hdr(name, mail):
    return Address(display_name=name or "", addr_spec=mail)


def make_mail(frm, to, subject, when, body, cc=None, msgid="", charset="utf-8", cte="base64", extra=()):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = rfc_date(when)
    msg["Message-ID"] = f"<{msgid}@{DOMAIN}>"
    for k, v in extra:
        msg[k] = v
    try:
        body.encode(charset)
    except UnicodeEncodeError:
        charset, cte = "utf-8", "base64"
    if charset == "iso-2022-jp":
        msg.set_content(body, charset=charset, cte="7bit")
    else:
        msg.set_content(body, charset=charset, cte=cte)
    return msg.as_bytes(policy=email_policy.default)


class MailPeople:
    """collects, per message, what is written about each person; one appearance per person per message"""

    def __init__(self):
        self.d = {}

    def add(self, p, name=None, email=None, phone=None, addr=None, birth=None):
        v = self.d.setdefault(p.pid, {"name": [], "email": [], "phone": [], "addr": [], "birth": []})
        for k, x in (("name", name), ("email", email), ("phone", phone), ("addr", addr), ("birth", birth)):
            if x:
                v[k].append(x)

    def flush(self, T, rel):
        for pid in sorted(self.d):
            T.app("drive", rel, pid, **self.d[pid])
        self.d = {}


def staff_sig(s, dept=None):
    return (
        f"----------------------------------------\n{COMPANY}\n{dept or s.x['dept']}　{s.name}\n"
        f"TEL: {SWITCHBOARD}（代表） / フリーダイヤル {CS_DIAL}\nMail: {s.work_email}\n"
        f"〒141-0032 東京都品川区大崎1-11-2 ゲートシティ大崎 8F\n----------------------------------------"
    )


def build_drive_2(W):
    X = W.drive_ctx
    D, rng, active, gifts, emps, regs = X["D"], X["rng"], X["active"], X["gifts"], X["emps"], X["regs"]
    T = D.truth
    cs_staff = [e for e in emps if e.x["dept"] == "カスタマーサポート部"][:8] or emps[:8]
    X["cs_staff"] = cs_staff
    used_memo = set()

    # ---- call logs: kana name + caller number; households; companies; withheld numbers -----------------------
    fam = [f for f in W.family if f.x["scope"] == "drive"]
    specs = [
        C("受付日時"),
        C("発信者番号", "PHONE", "phone"),
        C("お名前", "PERSON", "name"),
        HN("オペレーターID"),
        C("用件"),
        C("対応メモ", "TEXT"),
    ]
    for mi, m in enumerate((4, 5, 6)):
        rows = []
        callers = rng.sample(active, 330) + fam[mi::3]
        for p in callers:
            for _ in range(rng.choices([1, 2, 3], [70, 22, 8])[0]):
                ph = pick_phone(p, rng)
                topic, memo = rng.choice(CALL_TOPICS)
                if memo == "折り返し希望":
                    memo = f"折り返し希望（{ph}）"
                kana = p.kana if rng.random() < 0.7 else to_halfwidth_kana(p.kana)
                rows.append(
                    {
                        "受付日時": dt.datetime(
                            2024, m, rng.randint(1, 30), rng.randint(9, 19), rng.randrange(60)
                        ),
                        "発信者番号": ph if rng.random() < 0.6 else fmt_phone(ph, "plain"),
                        "お名前": kana,
                        "オペレーターID": f"OP-{rng.randrange(1, 40):03d}",
                        "用件": topic,
                        "対応メモ": memo,
                        "_s": S(p.pid),
                    }
                )
        for co in rng.sample(W.companies, 5):
            rows.append(
                {
                    "受付日時": dt.datetime(
                        2024, m, rng.randint(1, 30), rng.randint(9, 17), rng.randrange(60)
                    ),
                    "発信者番号": co["tel"],
                    "お名前": co["kana"],
                    "オペレーターID": f"OP-{rng.randrange(1, 40):03d}",
                    "用件": "その他",
                    "対応メモ": "取引先より納品日の確認",
                    "_s": {"a": None},
                }
            )
        for _ in range(12):
            rows.append(
                {
                    "受付日時": dt.datetime(
                        2024, m, rng.randint(1, 30), rng.randint(9, 19), rng.randrange(60)
                    ),
                    "発信者番号": "非通知",
                    "お名前": "",
                    "オペレーターID": f"OP-{rng.randrange(1, 40):03d}",
                    "用件": "その他",
                    "対応メモ": "無言電話",
                    "_s": {"a": None},
                }
            )
        rows.sort(key=lambda r: r["受付日時"])
        for r in rows:
            r["受付日時"] = r["受付日時"].strftime("%Y/%m/%d %H:%M")
        if m == 4:
            D.csv(
                "カスタマーサポート部/通話記録/2024-04_calllog.csv",
                specs,
                rows,
                preamble=[["通話履歴エクスポート", "期間:2024/04/01-2024/04/30", "出力:CTI-PBX v3.2"]],
            )
        elif m == 5:
            D.csv("カスタマーサポート部/通話記録/2024-05_calllog.csv", specs, rows, enc="cp932")
        else:
            D.xlsx(
                "カスタマーサポート部/通話記録/通話ログ_2024-06.xlsx",
                [{"title": "6月", "specs": specs, "rows": rows}],
            )

    # ---- one-customer memos (name, kana, birth, address, phone, e-mail on separate lines) --------------------
    memo_people = list(X["namesakes"][:2]) + rng.sample([c for c in active if "namesake" not in c.x], 8)
    for i, c in enumerate(memo_people):
        used_memo.add(c.pid)
        d = dt.date(2024, 6, 3 + i)
        ph = c.phone
        mail = regs(c)[-1][1]
        tn = tracking12(rng)
        rel = f"カスタマーサポート部/問い合わせ/問合せメモ_{d:%Y%m%d}_{i + 1:02d}.txt"
        if i % 2 == 0:
            addr = c.hh.addr()
            birth = fmt_date(c.birth, "slash")
            txt = (
                f"【お問い合わせメモ】{d:%Y/%m/%d} {rng.randint(9, 18)}:{rng.randrange(60):02d} 受付　OP-{rng.randrange(1, 40):03d}\n"
                f"氏名：{c.name}\nフリガナ：{c.kana}\n生年月日：{birth}\n住所：〒{c.hh.postal} {addr}\n"
                f"電話：{ph}\nメール：{mail}\n\n内容：\n注文番号 {order_no(rng, d)} の商品が未着。"
                f"追跡番号 {tn} で配送業者に調査依頼済み。\n発送日 {d - dt.timedelta(days=4):%Y/%m/%d}、"
                f"代引金額 {rng.randrange(2, 30) * 1000:,}円。\n対応：折り返し連絡予定（{d + dt.timedelta(days=1):%m/%d}）\n"
            )
        else:
            addr = c.hh.addr("spaced")
            birth = fmt_date(c.birth, "kanji")
            txt = (
                f"{d.month}/{d.day} 電話受付\n\n{c.name_tight}\n{c.kana}\n{birth}\n{addr}\n{fmt_phone(ph, 'plain')}\n"
                f"{mail}\n\n返品希望。商品JAN {ean13(rng)}、外箱破損あり。\n"
                f"返金は登録口座へ。担当 OP-{rng.randrange(1, 40):03d}\n"
            )
        D.write_text(rel, txt, newline="\r\n" if i % 3 == 0 else "\n")
        T.entry("drive", rel)
        T.app(
            "drive",
            rel,
            c.pid,
            name=[c.name if i % 2 == 0 else c.name_tight, c.kana],
            birth=[birth],
            addr=[addr],
            phone=[ph],
            email=[mail],
        )

    # ---- HTML form export (one <dl> per submission) ----------------------------------------------------------
    specs = [
        HN("受付番号"),
        C("受付日時"),
        C("お名前", "PERSON", "name"),
        C("フリガナ", "PERSON", "name"),
        C("メールアドレス", "EMAIL", "email"),
        C("電話番号", "PHONE", "phone"),
        C("お問い合わせ種別"),
        C("お問い合わせ内容", "TEXT"),
    ]
    subs = []
    for p in rng.sample(active, 48) + W.prospects[:26]:
        for _ in range(2 if p.kind == "prospect" and rng.random() < 0.3 else 1):
            subs.append(p)
    rng.shuffle(subs)
    rows, parts = [], []
    for i, p in enumerate(subs, 1):
        mail = p.email
        r = {
            "受付番号": f"WEB-2406-{i:04d}",
            "受付日時": f"2024-06-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randrange(60):02d}",
            "お名前": p.name,
            "フリガナ": p.kana if rng.random() < 0.8 else "",
            "メールアドレス": mail,
            "電話番号": (p.phone if rng.random() < 0.7 else ""),
            "お問い合わせ種別": rng.choice(["商品について", "配送について", "返品・交換", "その他"]),
            "お問い合わせ内容": rng.choice(
                [
                    "注文した商品の到着予定日を教えてください。",
                    "ギフト包装は可能ですか。",
                    "カタログの送付を希望します。",
                    "定期便の内容を変更したいです。",
                ]
            ),
            "_s": S(p.pid),
        }
        rows.append(r)
        dl = "\n".join(f"    <dt>{html.escape(c.h)}</dt><dd>{html.escape(str(r[c.h]))}</dd>" for c in specs)
        parts.append(f'  <section class="submission" id="sub-{i}">\n   <dl>\n{dl}\n   </dl>\n  </section>')
    page = (
        '<!DOCTYPE html>\n<html lang="ja">\n<head><meta charset="utf-8"><title>お問い合わせフォーム 受信データ（2024年6月）</title></head>\n'
        f"<body>\n <h1>お問い合わせフォーム 受信一覧</h1>\n <p>送信元: {COMPANY} Webサイト / 件数 {len(rows)}件 / 問い合わせ窓口 support@{DOMAIN}</p>\n"
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )
    D.write_text("カスタマーサポート部/問い合わせ/inquiries_form_export.html", page)
    T.rows("drive", "カスタマーサポート部/問い合わせ/inquiries_form_export.html", specs, rows)

    # ---- JSONL inquiries with a nested customer object -------------------------------------------------------
    specs = [
        HN("inquiry_id"),
        C("received_at"),
        C("channel"),
        C("customer.name", "PERSON", "name"),
        C("customer.kana", "PERSON", "name"),
        C("customer.tel", "PHONE", "phone"),
        C("customer.email", "EMAIL", "email"),
        HN("order_no"),
        C("category"),
        C("body", "TEXT"),
    ]
    rows = []
    for i, p in enumerate(rng.sample(active, 170) + W.prospects[26:]):
        for _ in range(rng.choices([1, 2], [85, 15])[0]):
            r = {
                "inquiry_id": f"INQ-{240400 + len(rows) * 3}",
                "received_at": f"2024-{rng.randint(4, 6):02d}-{rng.randint(1, 28):02d}T{rng.randint(8, 22):02d}:{rng.randrange(60):02d}:00+09:00",
                "channel": rng.choice(["web", "mail", "chat", "app"]),
                "customer.name": p.name,
                "customer.kana": p.kana if rng.random() < 0.5 else "",
                "customer.tel": p.phone,
                "customer.email": p.email,
                "order_no": order_no(rng, dt.date(2024, 5, rng.randint(1, 31))),
                "category": rng.choice(["delivery", "return", "billing", "product"]),
                "body": rng.choice(
                    [
                        "届いた商品が違います",
                        "領収書の発行をお願いします",
                        "お届け日を変更したい",
                        "ポイントが反映されていません",
                    ]
                ),
                "_s": S(p.pid),
            }
            if rng.random() < 0.1:  # a record with e-mail only: still this person
                r["customer.name"] = r["customer.kana"] = r["customer.tel"] = ""
            rows.append(r)
    rng.shuffle(rows)
    lines = [json.dumps(nest(specs, r), ensure_ascii=False) for r in rows]
    D.write_text("カスタマーサポート部/問い合わせ/inquiries_2024Q2.jsonl", "\n".join(lines) + "\n")
    T.rows("drive", "カスタマーサポート部/問い合わせ/inquiries_2024Q2.jsonl", specs, rows)

    # ---- support mailbox (mbox) -------------------------------------------------------------------------------
    rel = "カスタマーサポート部/メール/support_inbox_2024-06.mbox"
    T.entry("drive", rel)
    mp = MailPeople()
    chunks = []
    n = 0

    def put(frm_addr, when, data):
        nonlocal n
        n += 1
        chunks.append(
            f"From {frm_addr} {when:%a %b %d %H:%M:%S %Y}\n".encode() + data.replace(b"\r\n", b"\n") + b"\n"
        )
        mp.flush(T, rel)

    mail_customers = rng.sample([c for c in active if c.pid not in used_memo], 36)
    for i, c in enumerate(mail_customers[:24]):
        when = dt.datetime(2024, 6, 1 + i, rng.randint(8, 21), rng.randrange(60))
        mail = c.email
        disp = rng.choice([c.name, c.name, c.roma_fl, ""])
        ph = c.phone
        with_addr = rng.random() < 0.5
        sig = f"--\n{c.name}\n" + (f"〒{c.hh.postal} {c.hh.addr()}\n" if with_addr else "") + f"TEL {ph}\n"
        on = order_no(rng, when.date() - dt.timedelta(days=7))
        body = (
            f"{COMPANY} カスタマーサポート御中\n\nいつもお世話になっております。\n"
            f"{(when - dt.timedelta(days=7)).month}月{(when - dt.timedelta(days=7)).day}日に注文した商品（注文番号 {on}）が"
            f"まだ届いておりません。確認をお願いいたします。\n\n{sig}"
        )
        frm = addr_hdr(disp, mail)
        put(
            mail,
            when,
            make_mail(
                frm,
                f"support@{DOMAIN}",
                "注文した商品が届きません",
                when,
                body,
                msgid=f"c{i}.{when:%Y%m%d%H%M}",
                charset="iso-2022-jp" if i % 4 == 0 else "utf-8",
                cte="base64" if i % 2 else "quoted-printable",
            ),
        )
        mp.add(c, name=disp, email=mail)
        mp.add(c, name=c.name, phone=ph, addr=c.hh.addr() if with_addr else None)
        # the staff reply
        s = cs_staff[i % len(cs_staff)]
        w2 = when + dt.timedelta(hours=rng.randint(1, 20))
        tn = tracking12(rng)
        body = (
            f"{c.name} 様\n\nお問い合わせありがとうございます。{COMPANY}カスタマーサポートの{s.sei}でございます。\n"
            f"ご注文（{on}）は{w2.month}月{max(1, w2.day - 2)}日に発送済みです。\n"
            f"お問い合わせ伝票番号：{tn}（ヤマト運輸）\n"
            f"お手数ですが配送業者へお問い合わせください（0120-01-9625）。\n\n"
            + "\n".join("> " + x for x in sig.splitlines())
            + "\n\n"
            + staff_sig(s)
        )
        put(
            s.work_email,
            w2,
            make_mail(
                addr_hdr(s.name, s.work_email),
                addr_hdr(disp, mail),
                "Re: 注文した商品が届きません",
                w2,
                body,
                msgid=f"r{i}.{w2:%Y%m%d%H%M}",
                extra=[("In-Reply-To", f"<c{i}.{when:%Y%m%d%H%M}@{DOMAIN}>")],
            ),
        )
        mp.add(s, name=s.name, email=s.work_email)
        mp.add(c, name=c.name, email=mail, phone=ph, addr=c.hh.addr() if with_addr else None)
    # gift requests naming a third person (name + address + phone of the recipient)
    for i, c in enumerate(mail_customers[24:30]):
        g = gifts[i]
        X.setdefault("mail_gifts", []).append(g)
        when = dt.datetime(2024, 6, 10 + i, rng.randint(8, 21), rng.randrange(60))
        body = (
            f"お世話になります。お中元のギフト配送をお願いしたいです。\n\n"
            f"■お届け先\n〒{g.hh.postal}\n{g.hh.addr()}\n{g.name} 様\n電話 {g.phone}\n\n"
            f"■商品 {rng.choice(PRODUCTS)}（のし：御中元）\n\n{c.name}\n{c.phone}\n"
        )
        put(
            c.email,
            when,
            make_mail(
                addr_hdr(c.name, c.email),
                f"order@{DOMAIN}",
                "ギフト配送のお願い",
                when,
                body,
                msgid=f"g{i}.{when:%Y%m%d%H%M}",
            ),
        )
        mp.add(c, name=c.name, email=c.email, phone=c.phone)
        mp.add(g, name=g.name, addr=g.hh.addr(), phone=g.phone)
    # order confirmations from noreply@ to the customer
    for i, c in enumerate(mail_customers[30:36]):
        when = dt.datetime(2024, 6, 20 + i, rng.randint(0, 23), rng.randrange(60))
        body = (
            f"{c.name} 様\n\nこのたびは{COMPANY}をご利用いただき誠にありがとうございます。\n以下の内容でご注文を承りました。\n\n"
            f"ご注文番号：{order_no(rng, when.date())}\nご注文日：{when:%Y/%m/%d}\n商品：{rng.choice(PRODUCTS)}\n"
            f"JAN：{ean13(rng)}\n\n■お届け先\n{c.name} 様\n〒{c.hh.postal} {c.hh.addr()}\nTEL {c.phone}\n\n"
            f"※このメールは送信専用アドレス（noreply@{DOMAIN}）から送信しています。\nお問い合わせ：support@{DOMAIN} / {CS_DIAL}\n"
        )
        put(
            f"noreply@{DOMAIN}",
            when,
            make_mail(
                addr_hdr(COMPANY, f"noreply@{DOMAIN}"),
                addr_hdr(c.name, c.email),
                "【みどり通販】ご注文ありがとうございます",
                when,
                body,
                msgid=f"o{i}.{when:%Y%m%d%H%M}",
            ),
        )
        mp.add(c, name=c.name, email=c.email, phone=c.phone, addr=c.hh.addr())
    # role-to-role mail: nobody
    for i, co in enumerate(W.companies[8:11]):
        when = dt.datetime(2024, 6, 27, 10 + i, 0)
        body = (
            f"{COMPANY} ご担当者様\n\n{co['name']}です。6月分の精算データをお送りします。\n"
            f"お問い合わせは {co['mail']} または {co['tel']}（代表）までお願いいたします。\n\n{co['name']}\n"
        )
        put(
            co["mail"],
            when,
            make_mail(
                addr_hdr(co["name"], co["mail"]),
                f"keiri@{DOMAIN}",
                "6月分 精算データ送付",
                when,
                body,
                msgid=f"x{i}.{when:%Y%m%d%H%M}",
            ),
        )
    D.write_bytes(rel, b"".join(chunks))
    X["mail_customers"] = mail_customers
    build_drive_3(W)


def build_drive_3(W):
    X = W.drive_ctx
    D, rng, active, gifts, emps, regs = X["D"], X["rng"], X["active"], X["gifts"], X["emps"], X["regs"]
    T = D.truth
    bare = list(W.bare)

    # ---- single .eml messages ----------------------------------------------------------------------------
    sales = [e for e in emps if e.x["dept"] == "営業部"] or emps
    logi = [e for e in emps if e.x["dept"] == "物流部"] or emps
    hr = [e for e in emps if e.x["dept"] == "人事部"] or emps
    acct = [e for e in emps if e.x["dept"] == "経理部"] or emps
    cs = X["cs_staff"]
    dc = X["drive_contacts"]

    rel = "営業部/メール/RE_お見積りの件.eml"
    p = dc[0]
    e1, e2 = sales[0], sales[1 % len(sales)]
    co = p.company
    when = dt.datetime(2024, 6, 12, 15, 20)
    body = (
        f"{COMPANY}\n{e1.name} 様\n(CC: {e2.name} 様)\n\nお世話になっております。{co['name']}の{p.sei}です。\n"
        f"ご依頼の件、お見積書を添付いたします。単価は前回と同条件です。\nJAN {ean13(rng)} / {ean13(rng)}\n\n"
        f"--\n{co['name']}\n{p.x['title']}　{p.name}\n直通：{p.mobile}\n代表：{co['tel']}\nMail：{p.email}\n\n"
        f"> {p.sei}様\n> いつもお世話になっております。{COMPANY}の{e1.sei}です。\n> 見積の件、ご確認をお願いいたします。\n"
        + "\n".join("> " + x for x in staff_sig(e1).splitlines())
        + "\n"
    )
    D.write_bytes(
        rel,
        make_mail(
            addr_hdr(p.name, p.email),
            addr_hdr(e1.name, e1.work_email),
            "RE: お見積りの件",
            when,
            body,
            cc=addr_hdr(e2.name, e2.work_email),
            msgid="est.20240612",
            cte="quoted-printable",
        ),
    )
    T.entry("drive", rel)
    T.app("drive", rel, p.pid, name=[p.name], email=[p.email], phone=[p.mobile])
    T.app("drive", rel, e1.pid, name=[e1.name], email=[e1.work_email])
    T.app("drive", rel, e2.pid, name=[e2.name], email=[e2.work_email])

    rel = "カスタマーサポート部/メール/FW_配送先変更のご依頼.eml"
    c = X["mail_customers"][0]
    s, l1 = cs[1 % len(cs)], logi[0]
    when = dt.datetime(2024, 6, 18, 11, 5)
    body = (
        f"{l1.sei}さん\n\n下記お客様より配送先変更のご依頼です。対応をお願いします。\n\n"
        f"-------- Forwarded Message --------\nFrom: {c.name} <{c.email}>\nTo: support@{DOMAIN}\n\n"
        f"注文番号 {order_no(rng, dt.date(2024, 6, 15))} の届け先を実家に変更してください。\n"
        f"変更前：{c.hh.addr()}\n連絡先：{c.phone}\n\n{staff_sig(s)}\n"
    )
    D.write_bytes(
        rel,
        make_mail(
            addr_hdr(s.name, s.work_email),
            addr_hdr(l1.name, l1.work_email),
            "FW: 配送先変更のご依頼",
            when,
            body,
            msgid="fw.20240618",
        ),
    )
    T.entry("drive", rel)
    T.app("drive", rel, c.pid, name=[c.name], email=[c.email], phone=[c.phone], addr=[c.hh.addr()])
    T.app("drive", rel, s.pid, name=[s.name], email=[s.work_email])
    T.app("drive", rel, l1.pid, name=[l1.name], email=[l1.work_email])

    rel = "人事部/メール/内定のご連絡.eml"
    a, h = W.applicants[5], hr[0]
    when = dt.datetime(2024, 6, 28, 17, 0)
    body = (
        f"{a.name} 様\n\n{COMPANY} 採用担当の{h.sei}です。\n先日は最終面接にお越しいただきありがとうございました。\n"
        f"厳正なる選考の結果、内定とさせていただきます。\n入社承諾書を7月12日までにご返送ください。\n\n"
        f"{COMPANY} 人事部 採用担当\n{h.name}（{h.work_email}）\n採用窓口：saiyo@{DOMAIN} / {SWITCHBOARD}\n"
    )
    D.write_bytes(
        rel,
        make_mail(
            addr_hdr("みどり通販 採用担当", f"saiyo@{DOMAIN}"),
            addr_hdr(a.name, a.email),
            "内定のご連絡",
            when,
            body,
            msgid="naitei.20240628",
            charset="iso-2022-jp",
        ),
    )
    T.entry("drive", rel)
    T.app("drive", rel, a.pid, name=[a.name], email=[a.email])
    T.app("drive", rel, h.pid, name=[h.name], email=[h.work_email])

    rel = "マーケティング部/メール/メルマガ_2024-06_配信控え.eml"
    when = dt.datetime(2024, 6, 25, 12, 0)
    body = (
        f"みどり通販 メールマガジン 2024年6月号\n\n■今月のおすすめ\n・{MAKERS[0]}の包丁研ぎ器\n・{MAKERS[2]}「{PRODUCTS[6]}」\n"
        f"・{PRODUCTS[12]}（{MAKERS[4]}）\n\n■店舗のご案内\n{STORES[0]}／{STORES[1]}\n\n"
        f"配信停止：https://www.{DOMAIN}/mail/stop\nお問い合わせ：info@{DOMAIN} / {CS_DIAL}（平日9:00-18:00）\n"
    )
    D.write_bytes(
        rel,
        make_mail(
            addr_hdr("みどり通販", f"noreply@{DOMAIN}"),
            addr_hdr("メルマガ会員各位", f"noreply@{DOMAIN}"),
            "【みどり通販】6月のおすすめ",
            when,
            body,
            msgid="mm.202406",
        ),
    )
    T.entry("drive", rel)

    rel = "経理部/メール/振込依頼_6月分.eml"
    k = acct[0]
    when = dt.datetime(2024, 6, 24, 9, 30)
    lines = "\n".join(
        f"・{co['name']}　{co['bank'][0]} {co['branch']} 普通 {co['kouza']}　{rng.randrange(5, 500) * 1000:,}円"
        for co in W.companies[:5]
    )
    body = f"経理部各位\n\n6月分の支払につき、下記のとおり振込をお願いします。\n\n{lines}\n\n支払日：2024/06/28\n\n{staff_sig(k)}\n"
    D.write_bytes(
        rel,
        make_mail(
            addr_hdr(k.name, k.work_email),
            f"keiri@{DOMAIN}",
            "振込依頼（6月分）",
            when,
            body,
            msgid="furikomi.202406",
        ),
    )
    T.entry("drive", rel)
    T.app("drive", rel, k.pid, name=[k.name], email=[k.work_email])

    # ---- 議事録 (minutes): a few people by bare name + one customer with a phone ----------------------------
    c = X["mail_customers"][1]
    b1 = bare.pop()
    rel = "カスタマーサポート部/議事録/2024-05-13_CS定例.txt"
    txt = (
        f"CS定例ミーティング 議事録\n日時：2024年5月13日（月）10:00-11:00\n場所：本社 8F 会議室B\n"
        f"出席者：CS部長、SV（3名）、物流部 担当、コールリンク社（委託先）\n記録：CS部\n\n"
        f"1. 4月の応対実績\n  ・入電 1,482件、応答率 92.1%\n  ・ヤマト運輸 配送遅延の問い合わせが増加（前月比+18%）\n\n"
        f"2. クレーム案件\n  ・{c.name}様（TEL {c.phone}）より、商品破損の申し出。代替品を5/10発送済み。\n"
        f"  ・鈴木工業製の保温ボトルで蓋の不具合報告が3件。メーカーへ確認中。\n\n"
        f"3. 研修\n  ・外部講師として {b1.name} 氏を招き、応対品質研修を実施予定（6月）。\n\n"
        f"4. 次回：2024年6月10日（月）10:00\n"
    )
    D.write_text(rel, txt)
    T.entry("drive", rel)
    T.app("drive", rel, c.pid, name=[c.name], phone=[c.phone])
    T.app("drive", rel, b1.pid, name=[b1.name])

    rel = "営業部/議事録/2024-06-05_取引先打合せ.docx"
    b2, b3 = bare.pop(), bare.pop()

    def build_minutes(d):
        d.add_heading("取引先打合せ 議事録", 1)
        d.add_paragraph("日時：2024年6月5日 14:00〜15:30　場所：株式会社山田製作所 本社会議室")
        d.add_paragraph(f"先方：株式会社山田製作所 {b2.name} 様（営業部長）、{b3.name} 様（品質保証課）")
        d.add_paragraph("当社：営業部 2名")
        d.add_heading("議題", 2)
        tbl = d.add_table(rows=1, cols=3)
        for i, h in enumerate(("項目", "内容", "担当")):
            tbl.rows[0].cells[i].text = h
        for item in (
            ("新商品", "佐藤食品との共同企画品（JAN 4901234567894）の販売計画", "営業部"),
            ("価格", "鈴木工業の部材値上げに伴う価格改定（7月〜）", "先方"),
            ("物流", "西濃運輸への切替え検討", "物流部"),
        ):
            row = tbl.add_row()
            for i, v in enumerate(item):
                row.cells[i].text = v
        d.add_paragraph("次回：7月上旬（日程調整中）")

    D.docx(rel, build_minutes)
    T.entry("drive", rel)
    T.app("drive", rel, b2.pid, name=[b2.name])
    T.app("drive", rel, b3.pid, name=[b3.name])

    rel = "総務部/議事録/2024-04-22_安全衛生委員会.txt"
    b4, b5 = bare.pop(), bare.pop()
    txt = (
        f"第12回 安全衛生委員会 議事録\n2024年4月22日 15:00〜 本社会議室A\n\n"
        f"出席：総務部長（委員長）、産業医 {b4.name} 先生、衛生管理者 {b5.name}、各部代表\n\n"
        f"1. 定期健康診断の実施について：6月に実施。委託先 株式会社中村化成 健康管理センター。\n"
        f"2. 長時間労働者への面談：該当者には個別に通知する（氏名は本議事録に記載しない）。\n"
        f"3. 防災訓練：9月1日。緊急連絡網を更新すること。\n\n以上\n"
    )
    D.write_text(rel, txt)
    T.entry("drive", rel)
    T.app("drive", rel, b4.pid, name=[b4.name])
    T.app("drive", rel, b5.pid, name=[b5.name])

    rel = "総務部/社内報_2024夏号.txt"
    b6, b7 = bare.pop(), bare.pop()
    txt = (
        f"みどり通販 社内報 2024年 夏号\n\n◆ 取引先表彰\n今年の優秀取引先賞は「株式会社山田製作所」と「佐藤食品株式会社」に決定しました。\n"
        f"授賞式では山田製作所の{b6.name}様からご挨拶をいただきました。\n\n"
        f"◆ 新店舗オープン\n{STORES[1]}が7月にオープンします（06-6345-1000）。\n\n"
        f"◆ 健康コラム\n管理栄養士の{b7.name}さんに、夏バテ防止のレシピを教えていただきました。\n\n"
        f"◆ 編集後記\nご意見は総務部（info@{DOMAIN}）まで。\n"
    )
    D.write_text(rel, txt)
    T.entry("drive", rel)
    T.app("drive", rel, b6.pid, name=[b6.name])
    T.app("drive", rel, b7.pid, name=[b7.name])

    rel = "マーケティング部/お客様の声_2024.txt"
    voices = [bare.pop() for _ in range(5)]
    txt = (
        "お客様の声（カタログ掲載用・掲載許諾済み）\n\n"
        + "\n\n".join(
            f"「{t}」\n（{pref}・{v.name} 様）"
            for v, t, pref in zip(
                voices,
                [
                    "梅干しが本当においしくて、毎年頼んでいます。",
                    "電話の対応がとても丁寧でした。",
                    "ギフトで送ったら喜ばれました。",
                    "鈴木農園のあまおう、最高です。",
                    "定期便で助かっています。",
                ],
                ["東京都", "大阪府", "北海道", "福岡県", "愛知県"],
            )
        )
        + "\n"
    )
    D.write_text(rel, txt)
    T.entry("drive", rel)
    for v in voices:
        T.app("drive", rel, v.pid, name=[v.name])

    # ---- no people at all ---------------------------------------------------------------------------------
    D.write_text(
        "カスタマーサポート部/FAQ/よくある質問.txt",
        f"よくある質問（社内向け回答集）\n\nQ. 問い合わせ窓口は？\nA. {CS_DIAL}（平日9-18時）、support@{DOMAIN}、代表 {SWITCHBOARD}。\n\n"
        f"Q. 山田製作所の包丁の保証は？\nA. メーカー（株式会社山田製作所 お客様窓口 03-5211-0000）で1年保証。\n\n"
        f"Q. 配送業者は？\nA. ヤマト運輸（0120-01-9625）、佐川急便（0120-18-9595）。追跡番号は12桁です（例：123456789012）。\n\n"
        f"Q. 返金口座の指定は？\nA. みずほ銀行 渋谷支店などお客様名義の口座に限ります。\n",
    )
    T.entry("drive", "カスタマーサポート部/FAQ/よくある質問.txt")
    D.write_text(
        "カスタマーサポート部/テンプレート/返信テンプレート.txt",
        "{{氏名}} 様\n\nお問い合わせありがとうございます。\n{{本文}}\n\n"
        f"{COMPANY} カスタマーサポート部\nTEL {SWITCHBOARD}（代表） / {CS_DIAL}\nsupport@{DOMAIN}\n",
    )
    T.entry("drive", "カスタマーサポート部/テンプレート/返信テンプレート.txt")
    D.write_text(
        "共有/README.txt",
        "共有フォルダ利用ルール\n\n1. 個人情報を含むファイルは各部フォルダに保存すること。\n2. backup/ は情報システム部が管理。\n"
        f"3. 問い合わせ：情報システム部 sysadmin@{DOMAIN}（内線 2999）\n",
        enc="utf-8",
    )
    T.entry("drive", "共有/README.txt")
    specs = [
        C("お届け先郵便番号", "?"),
        C("お届け先住所", "?"),
        C("お届け先氏名", "?"),
        C("お届け先電話番号", "?"),
        C("品名"),
        C("配達希望日"),
    ]
    D.csv("共有/テンプレート/送り状テンプレート.csv", specs, [])
    build_drive_4(W)


def build_drive_4(W):
    X = W.drive_ctx
    D, rng, active, gifts, emps, regs = X["D"], X["rng"], X["active"], X["gifts"], X["emps"], X["regs"]
    T = D.truth
    jans = [ean13(rng, rng.choice(["45", "49"])) for _ in PRODUCTS]
    upcs = [upca(rng) for _ in PRODUCTS]
    X["jans"] = jans

    # ---- product master / carriers: nobody ----------------------------------------------------------------
    specs = [C("品番"), C("商品名"), HN("メーカー"), HN("JANコード"), HN("UPC"), C("定価"), HN("発売日")]
    rows = [
        {
            "品番": f"P{1001 + i}",
            "商品名": n,
            "メーカー": MAKERS[i % len(MAKERS)],
            "JANコード": jans[i],
            "UPC": upcs[i],
            "定価": PRODUCT_PRICE[i],
            "発売日": fmt_date(dt.date(2015 + i % 9, 1 + i % 12, 1 + i), "slash"),
        }
        for i, n in enumerate(PRODUCTS)
    ]
    D.csv("物流部/商品マスタ.csv", specs, rows)
    specs = [HN("業者名"), HN("代表電話"), HN("問い合わせメール"), HN("担当営業所")]
    rows = [
        {
            "業者名": n,
            "代表電話": t,
            "問い合わせメール": f"{['support', 'info', 'cs', 'otoiawase', 'contact'][i]}@carrier{i + 1}.co.jp",
            "担当営業所": ["品川営業所", "大崎センター", "高輪郵便局", "東京支店", "城南支店"][i],
        }
        for i, (n, t) in enumerate(CARRIERS)
    ]
    D.csv("物流部/配送業者一覧.csv", specs, rows)

    # ---- shipments: self-shipments and gift recipients; 12-digit tracking numbers ---------------------------
    def ship_to(pool_c, n_c, pool_g, n_g):
        out = [(p, p) for p in rng.sample(pool_c, n_c)]
        for g in rng.sample(pool_g, n_g):
            out.append((rng.choice(active), g))
        return out

    specs = [
        HN("注文番号"),
        HN("発送日"),
        HN("配送業者"),
        HN("追跡番号"),
        C("お届け先氏名", "PERSON", "name"),
        C("お届け先電話番号", "PHONE", "phone"),
        C("お届け先郵便番号", "POSTAL_CODE"),
        C("お届け先住所", "ADDRESS", "addr"),
        HN("JANコード"),
        C("数量"),
        HN("代引金額"),
    ]
    rows = []
    for buyer, to in ship_to(active, 620, gifts, 150):
        for _ in range(rng.choices([1, 2], [80, 20])[0]):
            d = rand_date(rng, dt.date(2024, 4, 1), dt.date(2024, 6, 30))
            i = rng.randrange(len(PRODUCTS))
            rows.append(
                {
                    "注文番号": order_no(rng, d),
                    "発送日": fmt_date(d, "slash"),
                    "配送業者": rng.choice(CARRIERS)[0],
                    "追跡番号": tracking12(rng),
                    "お届け先氏名": to.name,
                    "お届け先電話番号": to.phone,
                    "お届け先郵便番号": to.hh.postal,
                    "お届け先住所": to.hh.addr(),
                    "JANコード": jans[i],
                    "数量": rng.randint(1, 3),
                    "代引金額": PRODUCT_PRICE[i] if rng.random() < 0.3 else 0,
                    "_s": S(to.pid),
                }
            )
    for g in X.get("mail_gifts", []):
        d = dt.date(2024, 6, 20)
        rows.append(
            {
                "注文番号": order_no(rng, d),
                "発送日": fmt_date(d, "slash"),
                "配送業者": "ヤマト運輸",
                "追跡番号": tracking12(rng),
                "お届け先氏名": g.name,
                "お届け先電話番号": g.phone,
                "お届け先郵便番号": g.hh.postal,
                "お届け先住所": g.hh.addr(),
                "JANコード": jans[12],
                "数量": 1,
                "代引金額": 0,
                "_s": S(g.pid),
            }
        )
    rows.sort(key=lambda r: (r["発送日"], r["注文番号"]))
    D.csv("物流部/出荷/shipments_2024Q2.csv", specs, rows)

    # ---- JSON orders: nested object, sender / recipient / items -------------------------------------------
    specs = [
        HN("order_no"),
        HN("ordered_at"),
        C("channel"),
        C("sender.name", "PERSON", "name", slot="s"),
        C("sender.tel", "PHONE", "phone", slot="s"),
        C("sender.email", "EMAIL", "email", slot="s"),
        C("recipient.name", "PERSON", "name", slot="r"),
        C("recipient.kana", "PERSON", "name", slot="r"),
        C("recipient.tel", "PHONE", "phone", slot="r"),
        C("recipient.zip", "POSTAL_CODE", slot="r"),
        C("recipient.address", "ADDRESS", "addr", slot="r"),
        HN("items.jan"),
        C("items.name"),
        C("items.qty"),
        HN("items.maker"),
        C("gift_message", "TEXT"),
        HN("total"),
    ]
    core = [c for c in specs if not c.h.startswith("items.")]
    rows, recs = [], []
    pairs = ship_to(active, 180, gifts, 110) + [(None, g) for g in rng.sample(gifts, 12)]
    rng.shuffle(pairs)
    for buyer, to in pairs:
        d = dt.datetime(2024, 6, rng.randint(1, 30), rng.randint(0, 23), rng.randrange(60))
        r = {
            "order_no": order_no(rng, d.date()),
            "ordered_at": d.strftime("%Y-%m-%dT%H:%M:%S+09:00"),
            "channel": rng.choice(["web", "tel", "app"]),
            "recipient.name": to.name,
            "recipient.kana": to.kana if rng.random() < 0.6 else "",
            "recipient.tel": to.phone,
            "recipient.zip": to.hh.postal,
            "recipient.address": to.hh.addr(),
            "total": 0,
            "gift_message": ""
            if buyer is to
            else rng.choice(["", "いつもありがとう", "御中元", "お誕生日おめでとう"]),
            "_s": {"r": to.pid},
        }
        if buyer is None:  # corporate gift: the sender is a company
            co = rng.choice(W.companies)
            r.update({"sender.name": co["name"], "sender.tel": co["tel"], "sender.email": co["mail"]})
            r["_s"]["s"] = None
        else:
            r.update({"sender.name": buyer.name, "sender.tel": buyer.phone, "sender.email": buyer.email})
            r["_s"]["s"] = buyer.pid
        items = []
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(PRODUCTS))
            q = rng.randint(1, 2)
            items.append({"jan": jans[i], "name": PRODUCTS[i], "qty": q, "maker": MAKERS[i % len(MAKERS)]})
            r["total"] += PRODUCT_PRICE[i] * q
        rec = nest(core, r)
        rec["items"] = items
        rec = {
            k: rec[k]
            for k in [
                "order_no",
                "ordered_at",
                "channel",
                "sender",
                "recipient",
                "items",
                "gift_message",
                "total",
            ]
            if k in rec
        }
        rows.append(r)
        recs.append(rec)
    doc = {
        "export": {
            "system": "MT-OMS",
            "generated_at": "2024-07-01T09:00:00+09:00",
            "count": len(recs),
            "shop": {"name": COMPANY, "tel": SWITCHBOARD, "email": f"order@{DOMAIN}"},
        },
        "orders": recs,
    }
    D.write_text("物流部/出荷/orders_2024-06.json", json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    T.rows("drive", "物流部/出荷/orders_2024-06.json", specs, rows)

    # ---- XML export with repeated <Order> elements ------------------------------------------------------------
    specs = [
        HN("OrderNo"),
        HN("OrderDate"),
        C("Customer.Name", "PERSON", "name", slot="c"),
        C("Customer.Kana", "PERSON", "name", slot="c"),
        C("Customer.Tel", "PHONE", "phone", slot="c"),
        C("Customer.Mail", "EMAIL", "email", slot="c"),
        C("Delivery.Name", "PERSON", "name", slot="d"),
        C("Delivery.Zip", "POSTAL_CODE", slot="d"),
        C("Delivery.Address", "ADDRESS", "addr", slot="d"),
        C("Delivery.Tel", "PHONE", "phone", slot="d"),
        HN("Delivery.Date"),
        HN("Carrier"),
        HN("TrackingNo"),
        HN("Lines.Line.JAN"),
        C("Lines.Line.Qty"),
        HN("Amount"),
    ]
    rows, xs = [], []
    for buyer, to in ship_to(active, 170, gifts, 60):
        d = rand_date(rng, dt.date(2024, 5, 1), dt.date(2024, 5, 31))
        r = {
            "OrderNo": order_no(rng, d),
            "OrderDate": d.isoformat(),
            "Customer.Name": buyer.name,
            "Customer.Kana": buyer.kana,
            "Customer.Tel": buyer.phone,
            "Customer.Mail": buyer.email,
            "Delivery.Name": to.name,
            "Delivery.Zip": to.hh.postal,
            "Delivery.Address": to.hh.addr(),
            "Delivery.Tel": to.phone,
            "Delivery.Date": (d + dt.timedelta(days=rng.randint(2, 6))).isoformat(),
            "Carrier": rng.choice(CARRIERS)[0],
            "TrackingNo": tracking12(rng),
            "_s": {"c": buyer.pid, "d": to.pid},
        }
        lines = []
        amt = 0
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(PRODUCTS))
            q = rng.randint(1, 3)
            lines.append((jans[i], q))
            amt += PRODUCT_PRICE[i] * q
        r["Amount"] = amt
        e = html.escape
        x = (
            f"  <Order>\n    <OrderNo>{r['OrderNo']}</OrderNo>\n    <OrderDate>{r['OrderDate']}</OrderDate>\n"
            f"    <Customer>\n      <Name>{e(r['Customer.Name'])}</Name>\n      <Kana>{e(r['Customer.Kana'])}</Kana>\n"
            f"      <Tel>{r['Customer.Tel']}</Tel>\n      <Mail>{e(r['Customer.Mail'])}</Mail>\n    </Customer>\n"
            f"    <Delivery>\n      <Name>{e(r['Delivery.Name'])}</Name>\n      <Zip>{r['Delivery.Zip']}</Zip>\n"
            f"      <Address>{e(r['Delivery.Address'])}</Address>\n      <Tel>{r['Delivery.Tel']}</Tel>\n"
            f"      <Date>{r['Delivery.Date']}</Date>\n    </Delivery>\n    <Carrier>{r['Carrier']}</Carrier>\n"
            f"    <TrackingNo>{r['TrackingNo']}</TrackingNo>\n    <Lines>\n"
            + "".join(
                f"      <Line>\n        <JAN>{j}</JAN>\n        <Qty>{q}</Qty>\n      </Line>\n"
                for j, q in lines
            )
            + f"    </Lines>\n    <Amount>{amt}</Amount>\n  </Order>\n"
        )
        rows.append(r)
        xs.append(x)
    D.write_text(
        "物流部/出荷/orders_export_2024-05.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<OrderExport shop="midori-tsuhan" generated="2024-06-01T02:00:00+09:00">\n'
        + "".join(xs)
        + "</OrderExport>\n",
    )
    T.rows("drive", "物流部/出荷/orders_export_2024-05.xml", specs, rows)

    # ---- picking instructions per warehouse (XLSX, two sheets) ---------------------------------------------
    specs = [
        HN("出荷No"),
        C("品番"),
        HN("JAN"),
        C("商品名"),
        HN("メーカー"),
        C("数量"),
        C("送り先名", "PERSON", "name"),
        C("送り先TEL", "PHONE", "phone"),
        C("送り先住所", "ADDRESS", "addr"),
    ]
    east, west = [], []
    for k, (buyer, to) in enumerate(ship_to(active, 200, gifts, 40)):
        i = rng.randrange(len(PRODUCTS))
        r = {
            "出荷No": f"S240610-{k + 1:04d}",
            "品番": f"P{1001 + i}",
            "JAN": jans[i],
            "商品名": PRODUCTS[i],
            "メーカー": MAKERS[i % len(MAKERS)],
            "数量": rng.randint(1, 4),
            "送り先名": to.name,
            "送り先TEL": fmt_phone(to.phone, "fullwidth") if rng.random() < 0.2 else to.phone,
            "送り先住所": to.hh.addr(),
            "_s": S(to.pid),
        }
        (
            east
            if to.hh.pref
            in ("東京都", "神奈川県", "埼玉県", "千葉県", "北海道", "宮城県", "新潟県", "静岡県")
            else west
        ).append(r)
    D.xlsx(
        "物流部/出荷/出荷指示_20240610.xlsx",
        [
            {"title": "東日本倉庫", "specs": specs, "rows": east},
            {"title": "西日本倉庫", "specs": specs, "rows": west},
        ],
    )

    # ---- returns with refund accounts (account holder in half-width kana) --------------------------------------
    specs = [
        HN("返品No"),
        HN("注文番号"),
        C("顧客名", "PERSON", "name"),
        C("電話", "PHONE", "phone"),
        C("返品理由", "TEXT"),
        HN("返金額"),
        HN("返金先銀行"),
        HN("返金先支店"),
        C("口座番号", "BANK_ACCOUNT"),
        C("口座名義", "PERSON", "name"),
    ]
    rows = []
    for k, c in enumerate(rng.sample(active, 85)):
        bank, brs = rng.choice(BANKS)
        card = rng.random() < 0.3
        rows.append(
            {
                "返品No": f"R24-{k + 1:04d}",
                "注文番号": order_no(rng, dt.date(2024, rng.randint(1, 6), rng.randint(1, 28))),
                "顧客名": c.name,
                "電話": c.phone,
                "返品理由": rng.choice(["破損", "イメージ違い", "サイズ違い", "誤配送", "賞味期限が近い"]),
                "返金額": rng.randrange(1, 30) * 990,
                "返金先銀行": "" if card else bank,
                "返金先支店": "" if card else rng.choice(brs),
                "口座番号": "" if card else f"{rng.randrange(10**7):07d}",
                "口座名義": "" if card else to_halfwidth_kana(c.kana),
                "_s": S(c.pid),
            }
        )
    D.csv("物流部/返品リスト_2024.csv", specs, rows, enc="cp932")

    # ---- campaign entries: repeated entries, re-registered e-mails, non-customers -------------------------------
    specs = [
        HN("entry_no"),
        C("entry_date"),
        C("name", "PERSON", "name"),
        C("name_kana", "PERSON", "name"),
        C("email", "EMAIL", "email"),
        C("tel", "PHONE", "phone"),
        C("zip", "POSTAL_CODE"),
        C("address", "ADDRESS", "addr"),
        C("q1_answer", "TEXT"),
    ]
    rows = []
    entrants = rng.sample(active, 320) + W.camp_drive
    rereg = [c for c in active if len(c.emails) == 2 and c not in entrants][:25]
    entrants += rereg
    for p in entrants:
        k = rng.choices([1, 2, 3], [75, 18, 7])[0]
        if len(p.emails) == 2:
            k = max(k, 2)
        for j in range(k):
            mail = p.emails[j % len(p.emails)]  # a re-registered customer enters with old and new address
            rows.append(
                {
                    "entry_date": f"2024/07/{rng.randint(1, 20):02d}"
                    if False
                    else f"2024/06/{rng.randint(1, 30):02d}",
                    "name": p.name,
                    "name_kana": p.kana,
                    "email": mail,
                    "tel": p.phone,
                    "zip": p.hh.postal,
                    "address": p.hh.addr() if rng.random() < 0.8 else p.hh.addr("chome"),
                    "q1_answer": rng.choice(["梅干し", "和牛", "いくら", "さくらんぼ", "タオル"]),
                    "_s": S(p.pid),
                }
            )
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["entry_no"] = f"CP24S-{i:05d}"
    D.csv("マーケティング部/キャンペーン/campaign_entries_2024summer.csv", specs, rows, enc="utf-8-sig")

    # ---- address changes with English abbreviations; postcard entries with hiragana headers -----------------------
    specs = [HN("req_id"), C("cust_nm", "PERSON", "name"), C("cust_kn", "PERSON", "name"), C("dob", "DATE_OF_BIRTH", "birth"),
             C("tel_no", "PHONE", "phone"), C("mob_no", "PHONE", "phone"), C("mail_addr", "EMAIL", "email"),
             C("zip_cd", "POSTAL_CODE"), C("addr1", "ADDRESS", "addr"), HN("upd_dt"), C("upd_by")]
    rows = []
    for k, c in enumerate(rng.sample(active, 90)):
        rows.append({"req_id": 88000 + k, "cust_nm": c.name, "cust_kn": c.kana, "dob": fmt_date(c.birth, "compact"),
                     "tel_no": c.hh.landline or "", "mob_no": c.mobile or "", "mail_addr": c.email, "zip_cd": c.hh.postal.replace("-", ""),
                     "addr1": c.hh.addr(), "upd_dt": f"2024-06-{rng.randint(1, 28):02d} {rng.randint(9, 18):02d}:00:00",
                     "upd_by": f"OP-{rng.randrange(1, 40):03d}", "_s": S(c.pid)})
    D.csv("物流部/配送/delivery_addr_change.csv", specs, rows, newline="\n")
    specs = [HN("はがき番号"), C("おなまえ", "PERSON", "name"), C("フリガナ", "PERSON", "name"), C("ごじゅうしょ", "ADDRESS", "addr"),
             C("でんわ", "PHONE", "phone"), C("ねんれい", "?"), C("ごかんそう", "TEXT")]
    rows = []
    for k, c in enumerate(rng.sample(active, 120) + W.camp_drive[:20]):
        rows.append({"はがき番号": f"H{k + 1:04d}", "おなまえ": c.name, "フリガナ": kana_hira(c.kana) if k % 3 == 0 else c.kana,
                     "ごじゅうしょ": c.hh.addr("spaced"), "でんわ": c.phone, "ねんれい": (TODAY - c.birth).days // 365,
                     "ごかんそう": rng.choice(["カタログを楽しみにしています", "", "いつもありがとう", "梅干しが好きです"]), "_s": S(c.pid)})
    D.csv("マーケティング部/キャンペーン/店頭抽選会_応募はがき.csv", specs, rows, enc="cp932")

    # ---- top-level JSON array: call-back list -----------------------------------------------------------------------
    specs = [HN("id"), C("name", "PERSON", "name"), C("kana", "PERSON", "name"), C("tel", "PHONE", "phone"), C("callback_at"),
             C("memo", "TEXT"), HN("operator")]
    rows = []
    for k, c in enumerate(rng.sample(active, 40)):
        rows.append({"id": 5100 + k, "name": c.name, "kana": c.kana if k % 2 else "", "tel": pick_phone(c, rng),
                     "callback_at": f"2024-07-0{rng.randint(1, 5)}T{rng.randint(10, 18)}:00:00+09:00",
                     "memo": rng.choice(["返品の件", "請求書再発行", "配送日変更", "定期便の停止"]), "operator": f"OP-{rng.randrange(1, 40):03d}",
                     "_s": S(c.pid)})
    D.write_text("カスタマーサポート部/折り返しリスト.json",
                 json.dumps([nest(specs, r) for r in rows], ensure_ascii=False, indent=2) + "\n")
    T.rows("drive", "カスタマーサポート部/折り返しリスト.json", specs, rows)

    # ---- newsletter subscribers: e-mail only (JSONL), plus role addresses ---------------------------------------
    specs = [
        HN("subscriber_id"),
        C("email", "EMAIL", "email"),
        C("subscribed_at"),
        C("status"),
        C("preferences.categories"),
        C("preferences.frequency"),
    ]
    rows = []
    subs = (
        [(c, c.email) for c in rng.sample(active, 420)]
        + [(s, s.email) for s in W.subscribers]
        + [
            (None, f"{x}@{co['domain']}")
            for x, co in zip(["info", "soumu", "sales", "contact", "info"], W.companies[3:8])
        ]
    )
    rng.shuffle(subs)
    for i, (p, mail) in enumerate(subs, 1):
        rows.append(
            {
                "subscriber_id": f"NL-{i:06d}",
                "email": mail,
                "subscribed_at": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "status": rng.choice(["active", "active", "active", "paused"]),
                "preferences.categories": rng.sample(["food", "gift", "home", "sale"], rng.randint(1, 3)),
                "preferences.frequency": rng.choice(["weekly", "monthly"]),
                "_s": {"a": p.pid if p else None},
            }
        )
    D.write_text(
        "マーケティング部/メルマガ/newsletter_subscribers.jsonl",
        "\n".join(json.dumps(nest(specs, r), ensure_ascii=False) for r in rows) + "\n",
    )
    T.rows("drive", "マーケティング部/メルマガ/newsletter_subscribers.jsonl", specs, rows)

    # ---- survey workbook: answers + an aggregate sheet ---------------------------------------------------------
    specs = [
        HN("回答ID"),
        C("回答日時"),
        C("お名前", "PERSON", "name"),
        C("年代", "?"),
        C("性別", "?"),
        C("メールアドレス", "EMAIL", "email"),
        C("満足度"),
        C("ご意見・ご要望", "TEXT"),
    ]
    rows = []
    for i, c in enumerate(rng.sample(active, 160), 1):
        anon = rng.random() < 0.15
        rows.append(
            {
                "回答ID": f"Q{i:05d}",
                "回答日時": f"2024/05/{rng.randint(1, 31):02d} {rng.randint(8, 23)}:{rng.randrange(60):02d}",
                "お名前": "" if anon else c.name,
                "年代": f"{(2024 - c.birth.year) // 10 * 10}代",
                "性別": "男性" if c.sex == "M" else "女性",
                "メールアドレス": "" if anon else c.email,
                "満足度": rng.randint(1, 5),
                "ご意見・ご要望": rng.choice(
                    [
                        "",
                        "配送が早くて助かる",
                        "梱包を簡易にしてほしい",
                        "カタログの字が小さい",
                        "ポイント還元を増やしてほしい",
                    ]
                ),
                "_s": S(c.pid),
            }
        )
    agg = [{"満足度": k, "件数": sum(1 for r in rows if r["満足度"] == k)} for k in range(1, 6)]
    D.xlsx(
        "マーケティング部/アンケート/アンケート結果_2024春.xlsx",
        [
            {"title": "回答", "specs": specs, "rows": rows},
            {"title": "集計", "specs": [C("満足度"), C("件数")], "rows": agg},
        ],
    )

    # ---- web members: nested object export ---------------------------------------------------------------------
    specs = [
        HN("member_id"),
        C("profile.name", "PERSON", "name"),
        C("profile.name_kana", "PERSON", "name"),
        C("profile.birthday", "DATE_OF_BIRTH", "birth"),
        C("profile.gender", "?"),
        C("contact.email", "EMAIL", "email"),
        C("contact.tel", "PHONE", "phone"),
        C("address.zip", "POSTAL_CODE"),
        C("address.pref", "?"),
        C("address.city", "?"),
        C("address.street", "ADDRESS"),
        C("points"),
        C("rank"),
    ]
    rows = []
    for c in sorted(rng.sample(active, 460), key=lambda p: p.x["cid"][-1]):
        rows.append(
            {
                "member_id": f"W{c.x['cid'][-1]}",
                "profile.name": c.name,
                "profile.name_kana": c.kana,
                "profile.birthday": c.birth.isoformat(),
                "profile.gender": "male" if c.sex == "M" else "female",
                "contact.email": c.email,
                "contact.tel": c.phone,
                "address.zip": c.hh.postal,
                "address.pref": c.hh.pref,
                "address.city": c.hh.city,
                "address.street": c.hh.addr_line(),
                "points": rng.randrange(0, 20000),
                "rank": rng.choice(["regular", "silver", "gold"]),
                "_s": S(c.pid),
            }
        )
    doc = {
        "exported_at": "2024-07-01T03:00:00+09:00",
        "site": f"https://www.{DOMAIN}/",
        "members": [nest(specs, r) for r in rows],
    }
    D.write_text(
        "マーケティング部/web_members_export.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    )
    T.rows("drive", "マーケティング部/web_members_export.json", specs, rows)

    # ---- HTML tables: stores (nobody) and a top-customer ranking ------------------------------------------------
    def html_table(title, specs, rows, note=""):
        head = "".join(f"<th>{html.escape(c.h)}</th>" for c in specs)
        body = "\n".join(
            "    <tr>" + "".join(f"<td>{html.escape(str(r.get(c.h, '')))}</td>" for c in specs) + "</tr>"
            for r in rows
        )
        return (
            f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>td,th{{border:1px solid #999;padding:2px 6px}}</style></head>\n<body>\n<h1>{title}</h1>\n{note}"
            f"<table>\n  <thead><tr>{head}</tr></thead>\n  <tbody>\n{body}\n  </tbody>\n</table>\n</body></html>\n"
        )

    specs = [HN("店舗名"), HN("郵便番号"), HN("住所"), HN("電話番号"), C("営業時間")]
    rows = [
        {
            "店舗名": STORES[0],
            "郵便番号": "104-0061",
            "住所": "東京都中央区銀座4-6-16 銀座みどりビル1F",
            "電話番号": "03-3561-2000",
            "営業時間": "10:00-20:00",
        },
        {
            "店舗名": STORES[1],
            "郵便番号": "530-0001",
            "住所": "大阪府大阪市北区梅田1-3-1 大阪駅前第1ビル B1",
            "電話番号": "06-6345-1000",
            "営業時間": "10:00-21:00",
        },
        {
            "店舗名": "みどり通販 札幌アウトレット",
            "郵便番号": "060-0005",
            "住所": "北海道札幌市中央区北五条西2-5",
            "電話番号": "011-209-5000",
            "営業時間": "10:00-19:00",
        },
    ]
    D.write_text(
        "マーケティング部/店舗一覧.html",
        html_table("直営店舗一覧", specs, rows, f"<p>お問い合わせ：info@{DOMAIN} / 代表 {SWITCHBOARD}</p>\n"),
    )
    T.rows("drive", "マーケティング部/店舗一覧.html", specs, rows)
    specs = [
        C("順位"),
        HN("会員番号"),
        C("お名前", "PERSON", "name"),
        C("都道府県", "?"),
        HN("累計購入金額"),
        C("連絡先", "PHONE", "phone"),
    ]
    top = rng.sample(active, 50)
    rows = [
        {
            "順位": i,
            "会員番号": c.x["cid"][-1],
            "お名前": c.name,
            "都道府県": c.hh.pref,
            "累計購入金額": f"¥{rng.randrange(150, 900) * 1000:,}",
            "連絡先": c.phone,
            "_s": S(c.pid),
        }
        for i, c in enumerate(top, 1)
    ]
    D.write_text(
        "マーケティング部/優良顧客ランキング_2024上期.html",
        html_table("優良顧客ランキング 2024年上期", specs, rows),
    )
    T.rows("drive", "マーケティング部/優良顧客ランキング_2024上期.html", specs, rows)

    # ---- vCards: VIP customers; business cards incl. a company card --------------------------------------------
    def vcard(lines):
        return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{k}:{v}\r\n" for k, v in lines) + "END:VCARD\r\n"

    specs = [
        C("N", "PERSON", "n_struct"),
        C("FN", "PERSON", "name"),
        C("X-PHONETIC-LAST-NAME", "PERSON", "sei.kana"),
        C("X-PHONETIC-FIRST-NAME", "PERSON", "mei.kana"),
        C("TEL", "PHONE", "phone"),
        C("EMAIL", "EMAIL", "email"),
        C("ADR", "ADDRESS"),
        C("BDAY", "DATE_OF_BIRTH", "birth"),
        C("NOTE", "TEXT"),
    ]
    rows, cards = [], []
    for c in rng.sample(active, 45):
        adr = f";;{c.hh.addr_line()};{c.hh.city};{c.hh.pref};{c.hh.postal};Japan"
        r = {
            "N": f"{c.sei};{c.mei};;;",
            "FN": c.name,
            "X-PHONETIC-LAST-NAME": c.sei_kana,
            "X-PHONETIC-FIRST-NAME": c.mei_kana,
            "TEL": c.phone,
            "EMAIL": c.email,
            "ADR": adr,
            "BDAY": c.birth.isoformat(),
            "NOTE": rng.choice(["VIP", "ゴールド会員", "法人ギフト窓口も兼ねる"]),
            "_s": S(c.pid),
        }
        rows.append(r)
        cards.append(
            vcard(
                [
                    ("N", r["N"]),
                    ("FN", r["FN"]),
                    ("X-PHONETIC-LAST-NAME", r["X-PHONETIC-LAST-NAME"]),
                    ("X-PHONETIC-FIRST-NAME", r["X-PHONETIC-FIRST-NAME"]),
                    ("TEL;TYPE=CELL" if r["TEL"] == c.mobile else "TEL;TYPE=HOME", r["TEL"]),
                    ("EMAIL;TYPE=INTERNET", r["EMAIL"]),
                    ("ADR;TYPE=HOME", adr),
                    ("BDAY", r["BDAY"]),
                    ("NOTE", r["NOTE"]),
                ]
            )
        )
    D.write_text("カスタマーサポート部/顧客/VIP顧客.vcf", "".join(cards))
    T.rows("drive", "カスタマーサポート部/顧客/VIP顧客.vcf", specs, rows)

    specs = [
        C("N", "PERSON", "n_struct"),
        C("FN", "PERSON", "name"),
        HN("ORG"),
        C("TITLE"),
        C("TEL", "PHONE", "phone"),
        C("EMAIL", "EMAIL", "email"),
    ]
    rows, cards = [], []
    for p in X["drive_contacts"][:32]:
        co = p.company
        r = {
            "N": f"{p.sei};{p.mei};;;",
            "FN": p.name,
            "ORG": co["name"],
            "TITLE": p.x["title"],
            "TEL": p.mobile,
            "EMAIL": p.email,
            "_s": S(p.pid),
        }
        rows.append(r)
        cards.append(
            vcard(
                [
                    ("N", r["N"]),
                    ("FN", r["FN"]),
                    ("ORG", r["ORG"]),
                    ("TITLE", r["TITLE"]),
                    ("TEL;TYPE=WORK", co["tel"]),
                    ("TEL;TYPE=CELL", p.mobile),
                    ("EMAIL;TYPE=WORK", p.email),
                ]
            )
        )
    for co in W.companies[8:10]:
        rows.append(
            {"FN": co["name"], "ORG": co["name"], "TEL": co["tel"], "EMAIL": co["mail"], "_s": {"a": None}}
        )
        cards.append(
            vcard(
                [
                    ("FN", co["name"]),
                    ("ORG", co["name"]),
                    ("TEL;TYPE=WORK", co["tel"]),
                    ("EMAIL;TYPE=WORK", co["mail"]),
                ]
            )
        )
    D.write_text("営業部/名刺/取引先名刺_2024.vcf", "".join(cards))
    T.rows("drive", "営業部/名刺/取引先名刺_2024.vcf", specs, rows)
    build_drive_5(W)


def build_drive_5(W):
    X = W.drive_ctx
    D, rng, active, emps = X["D"], X["rng"], X["active"], X["emps"]
    T = D.truth
    allemps = W.employees

    # ---- employee roster (hub for employees): two sheets ------------------------------------------------------
    base = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("氏名（カナ）", "PERSON", "name"),
        C("氏名（ローマ字）", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("性別", "?"),
        HN("入社日"),
        C("所属"),
        C("役職"),
        C("郵便番号", "POSTAL_CODE"),
        C("現住所", "ADDRESS", "addr"),
        C("自宅電話", "PHONE", "phone"),
        C("携帯電話", "PHONE", "phone"),
        C("社用メール", "EMAIL", "email"),
        C("私用メール", "EMAIL", "email"),
    ]

    def erow(e):
        return {
            "社員番号": e.x["emp_no"],
            "氏名": e.name,
            "氏名（カナ）": e.kana,
            "氏名（ローマ字）": e.roma_up,
            "生年月日": e.birth,
            "性別": "男" if e.sex == "M" else "女",
            "入社日": e.x["joined"],
            "所属": e.x["dept"],
            "役職": e.x["title"],
            "郵便番号": e.hh.postal,
            "現住所": e.hh.addr(),
            "自宅電話": e.hh.landline or "",
            "携帯電話": e.mobile,
            "社用メール": e.work_email,
            "私用メール": e.email,
            "_s": S(e.pid),
        }

    ret = [erow(e) for e in allemps if e.x["retired"]]
    for r, e in zip(ret, [e for e in allemps if e.x["retired"]]):
        r["退職日"] = dt.date(2023, rng.randint(1, 12), 28)
    D.xlsx(
        "人事部/社員名簿.xlsx",
        [
            {
                "title": "在籍者",
                "specs": base,
                "rows": [erow(e) for e in emps],
                "date_cols": ["生年月日", "入社日"],
            },
            {
                "title": "退職者",
                "specs": base + [HN("退職日")],
                "rows": ret,
                "date_cols": ["生年月日", "入社日", "退職日"],
            },
        ],
    )

    # ---- 扶養控除等申告書: employee + spouse + up to three dependants in ONE row -----------------------------------
    specs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("個人番号", "MY_NUMBER", "mynum"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("住所", "ADDRESS", "addr"),
        C("配偶者_氏名", "PERSON", "name", slot="s"),
        C("配偶者_フリガナ", "PERSON", "name", slot="s"),
        C("配偶者_生年月日", "DATE_OF_BIRTH", "birth", slot="s"),
        C("配偶者_個人番号", "MY_NUMBER", "mynum", slot="s"),
        HN("配偶者_所得見積額"),
    ]
    for k in (1, 2, 3):
        specs += [
            C(f"扶養親族{k}_氏名", "PERSON", "name", slot=f"k{k}"),
            C(f"扶養親族{k}_続柄"),
            C(f"扶養親族{k}_生年月日", "DATE_OF_BIRTH", "birth", slot=f"k{k}"),
            C(f"扶養親族{k}_個人番号", "MY_NUMBER", "mynum", slot=f"k{k}"),
        ]
    rows = []
    for e in emps:
        r = {
            "社員番号": e.x["emp_no"],
            "氏名": e.name,
            "個人番号": e.mynumber,
            "生年月日": fmt_date(e.birth, "wareki"),
            "住所": e.hh.addr(),
            "_s": {"a": e.pid},
        }
        sp = e.x.get("spouse")
        if sp:
            r.update(
                {
                    "配偶者_氏名": sp.name,
                    "配偶者_フリガナ": sp.kana,
                    "配偶者_生年月日": fmt_date(sp.birth, "wareki"),
                    "配偶者_個人番号": sp.mynumber,
                    "配偶者_所得見積額": rng.choice([0, 0, 480000, 1030000]),
                }
            )
            r["_s"]["s"] = sp.pid
        for k, kid in enumerate(e.x["kids"], 1):
            r.update(
                {
                    f"扶養親族{k}_氏名": kid.name,
                    f"扶養親族{k}_続柄": kid.x["rel"],
                    f"扶養親族{k}_生年月日": fmt_date(kid.birth, "wareki"),
                    f"扶養親族{k}_個人番号": kid.mynumber,
                }
            )
            r["_s"][f"k{k}"] = kid.pid
        rows.append(r)
    D.csv("人事部/扶養控除等申告書_2024.csv", specs, rows, enc="cp932")

    # ---- health-insurance dependants: one row per dependant (employee + dependant per row) ----------------------
    specs = [
        C("被保険者氏名", "PERSON", "name"),
        C("被保険者生年月日", "DATE_OF_BIRTH", "birth"),
        C("記号", "HEALTH_INSURANCE"),
        C("番号", "HEALTH_INSURANCE"),
        C("被扶養者氏名", "PERSON", "name", slot="d"),
        C("被扶養者フリガナ", "PERSON", "name", slot="d"),
        C("被扶養者生年月日", "DATE_OF_BIRTH", "birth", slot="d"),
        C("続柄"),
        HN("認定日"),
    ]
    rows = []
    for e in emps:
        for dep in ([e.x["spouse"]] if e.x.get("spouse") else []) + e.x["kids"]:
            rows.append(
                {
                    "被保険者氏名": e.name,
                    "被保険者生年月日": fmt_date(e.birth, "slash"),
                    "記号": e.x["hoken_kigo"],
                    "番号": e.x["hoken_bango"],
                    "被扶養者氏名": dep.name,
                    "被扶養者フリガナ": dep.kana,
                    "被扶養者生年月日": fmt_date(dep.birth, "slash"),
                    "続柄": dep.x["rel"],
                    "認定日": fmt_date(max(e.x["joined"], dep.birth), "slash"),
                    "_s": {"a": e.pid, "d": dep.pid},
                }
            )
    D.csv("人事部/社会保険/健康保険_被扶養者一覧.csv", specs, rows)

    # ---- payroll accounts: romaji headers ------------------------------------------------------------------------
    specs = [
        HN("shain_no"),
        C("shimei", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        HN("ginko_mei"),
        HN("shiten_mei"),
        C("kouza_shubetsu"),
        C("kouza", "BANK_ACCOUNT"),
        C("kouza_meiginin", "PERSON", "name"),
    ]
    rows = [
        {
            "shain_no": e.x["emp_no"],
            "shimei": e.name,
            "seinengappi": fmt_date(e.birth, "iso"),
            "ginko_mei": e.x["bank"],
            "shiten_mei": e.x["branch"],
            "kouza_shubetsu": "普通",
            "kouza": e.x["kouza"],
            "kouza_meiginin": to_halfwidth_kana(e.kana),
            "_s": S(e.pid),
        }
        for e in emps
    ]
    D.csv("人事部/給与/給与振込口座.csv", specs, rows, enc="cp932")

    # ---- social insurance: hokensha_bango / hoken_kigo / hoken_bango / nenkin_no --------------------------------
    specs = [
        HN("shain_no"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("hokensha_bango", "HEALTH_INSURANCE"),
        C("hoken_kigo", "HEALTH_INSURANCE"),
        C("hoken_bango", "HEALTH_INSURANCE"),
        C("nenkin_no", "PENSION_NUMBER"),
        HN("shikaku_shutoku_bi"),
    ]
    rows = [
        {
            "shain_no": e.x["emp_no"],
            "shimei": e.name,
            "shimei_kana": e.kana,
            "seinengappi": fmt_date(e.birth, "wareki_short"),
            "hokensha_bango": e.x["hokensha"],
            "hoken_kigo": e.x["hoken_kigo"],
            "hoken_bango": e.x["hoken_bango"],
            "nenkin_no": e.x["nenkin"],
            "shikaku_shutoku_bi": fmt_date(e.x["joined"], "slash"),
            "_s": S(e.pid),
        }
        for e in emps
    ]
    D.csv("人事部/社会保険/資格取得届_控え.csv", specs, rows)

    # ---- identity documents: unten_menkyo (12 digits), pasupooto_no, zairyu_card_no ----------------------------
    specs = [
        HN("shain_no"),
        C("shimei", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("unten_menkyo", "DRIVERS_LICENSE"),
        C("pasupooto_no", "PASSPORT"),
        C("zairyu_card_no", "RESIDENCE_CARD"),
        HN("kakunin_bi"),
    ]
    rows = [
        {
            "shain_no": e.x["emp_no"],
            "shimei": e.name,
            "seinengappi": fmt_date(e.birth, "compact"),
            "unten_menkyo": e.x["menkyo"],
            "pasupooto_no": e.x["passport"],
            "zairyu_card_no": e.x["zairyu"],
            "kakunin_bi": fmt_date(e.x["joined"], "iso"),
            "_s": S(e.pid),
        }
        for e in emps
    ]
    D.csv("人事部/入社書類/本人確認書類_一覧.csv", specs, rows)

    # ---- health checks (SENSITIVE) -------------------------------------------------------------------------------
    FIND = [
        "異常なし",
        "異常なし",
        "異常なし",
        "脂質異常（要経過観察）",
        "高血圧（要精密検査）",
        "肝機能異常",
        "糖尿病疑い（要再検査）",
    ]
    HIST = ["", "", "", "喘息", "うつ病（通院中）", "糖尿病", "心疾患（2019年手術）", "B型肝炎"]
    specs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        HN("受診日"),
        C("身長", "?"),
        C("体重", "?"),
        C("血圧", "SENSITIVE"),
        C("判定", "SENSITIVE"),
        C("所見", "SENSITIVE"),
        C("既往歴", "SENSITIVE"),
    ]
    rows, recheck = [], []
    for e in emps:
        f = rng.choice(FIND)
        r = {
            "社員番号": e.x["emp_no"],
            "氏名": e.name,
            "生年月日": e.birth,
            "受診日": dt.date(2024, 6, rng.randint(3, 21)),
            "身長": round(rng.gauss(168 if e.sex == "M" else 157, 6), 1),
            "体重": round(rng.gauss(66 if e.sex == "M" else 52, 8), 1),
            "血圧": f"{rng.randint(100, 165)}/{rng.randint(60, 100)}",
            "判定": "A" if f == "異常なし" else rng.choice("BCD"),
            "所見": f,
            "既往歴": rng.choice(HIST),
            "_s": S(e.pid),
        }
        rows.append(r)
        if r["判定"] in ("C", "D"):
            recheck.append(
                {
                    "社員番号": r["社員番号"],
                    "氏名": e.name,
                    "生年月日": e.birth,
                    "判定": r["判定"],
                    "所見": f,
                    "再検査予定日": dt.date(2024, 7, rng.randint(1, 31)),
                    "_s": S(e.pid),
                }
            )
    rspecs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("判定", "SENSITIVE"),
        C("所見", "SENSITIVE"),
        HN("再検査予定日"),
    ]
    D.xlsx(
        "人事部/健康管理/健康診断結果_2024.xlsx",
        [
            {"title": "結果一覧", "specs": specs, "rows": rows, "date_cols": ["生年月日", "受診日"]},
            {
                "title": "要再検査",
                "specs": rspecs,
                "rows": recheck,
                "date_cols": ["生年月日", "再検査予定日"],
            },
        ],
    )

    # ---- emergency contacts: employee + parent per row -------------------------------------------------------------
    specs = [
        HN("社員番号"),
        C("社員氏名", "PERSON", "name"),
        C("社員携帯", "PHONE", "phone"),
        C("緊急連絡先_氏名", "PERSON", "name", slot="p"),
        C("続柄"),
        C("緊急連絡先_電話", "PHONE", "phone", slot="p"),
        C("緊急連絡先_住所", "ADDRESS", "addr", slot="p"),
    ]
    rows = []
    for e in emps:
        par = e.x.get("parent")
        r = {"社員番号": e.x["emp_no"], "社員氏名": e.name, "社員携帯": e.mobile, "_s": {"a": e.pid}}
        if par:
            r.update(
                {
                    "緊急連絡先_氏名": par.name,
                    "続柄": par.x["rel"],
                    "緊急連絡先_電話": par.mobile,
                    "緊急連絡先_住所": par.hh.addr(),
                }
            )
            r["_s"]["p"] = par.pid
        elif e.x.get("spouse"):
            r.update({"続柄": "配偶者（扶養控除申告書参照）"})
        rows.append(r)
    D.csv("人事部/緊急連絡先.csv", specs, rows)

    # ---- applicants + résumés ----------------------------------------------------------------------------------------
    specs = [
        HN("応募No"),
        C("氏名", "PERSON", "name"),
        C("フリガナ", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        C("性別", "?"),
        C("大学・学部"),
        C("メールアドレス", "EMAIL", "email"),
        C("携帯電話", "PHONE", "phone"),
        C("現住所", "ADDRESS", "addr"),
    ]
    rows = [
        {
            "応募No": a.x["app_no"],
            "氏名": a.name,
            "フリガナ": a.kana,
            "生年月日": fmt_date(a.birth, "kanji"),
            "性別": "男" if a.sex == "M" else "女",
            "大学・学部": a.x["school"],
            "メールアドレス": a.email,
            "携帯電話": a.mobile,
            "現住所": a.hh.addr(),
            "_s": S(a.pid),
        }
        for a in W.applicants
    ]
    D.csv("人事部/採用/応募者一覧_2025新卒.csv", specs, rows)
    for a in W.applicants[2:5]:
        rel = f"人事部/採用/履歴書/履歴書_{a.x['app_no']}.docx"
        birth = fmt_date(a.birth, "kanji")

        def build_cv(d, a=a, birth=birth):
            d.add_heading("履 歴 書", 0)
            d.add_paragraph("2024年6月1日現在")
            t = d.add_table(rows=0, cols=2)
            for k, v in (
                ("ふりがな", kana_hira(a.kana)),
                ("氏名", a.name),
                ("生年月日", birth),
                ("年齢", f"満{(TODAY - a.birth).days // 365}歳"),
                ("現住所", f"〒{a.hh.postal}　{a.hh.addr()}"),
                ("電話", a.mobile),
                ("E-mail", a.email),
            ):
                row = t.add_row()
                row.cells[0].text, row.cells[1].text = k, v
            d.add_heading("学歴", 2)
            d.add_paragraph(f"{a.birth.year + 19}年4月　{a.x['school']} 入学")
            d.add_paragraph(f"{a.birth.year + 23}年3月　同 卒業見込み")
            d.add_heading("志望動機", 2)
            d.add_paragraph("御社の通販事業とカスタマーサポートの品質に魅力を感じ、志望いたしました。")

        D.docx(rel, build_cv)
        T.entry("drive", rel)
        T.app(
            "drive",
            rel,
            a.pid,
            name=[a.name],
            birth=[birth],
            addr=[a.hh.addr()],
            phone=[a.mobile],
            email=[a.email],
        )

    # ---- org chart (names + work e-mails), evaluations -----------------------------------------------------------
    rel = "人事部/組織図_2024.txt"
    heads = []
    lines = [f"{COMPANY} 組織図（2024年7月1日現在）", ""]
    for dept in DEPTS:
        mem = [e for e in emps if e.x["dept"] == dept]
        boss = next((e for e in mem if e.x["title"] == "部長"), mem[0] if mem else None)
        if not boss:
            continue
        heads.append(boss)
        lines.append(f"■{dept}（{len(mem)}名）")
        lines.append(f"  部長　{boss.name}（{boss.work_email}）")
        for e in [m for m in mem if m.x["title"] == "課長" and m is not boss][:2]:
            heads.append(e)
            lines.append(f"  課長　{e.name}（{e.work_email}）")
        lines.append("")
    lines.append(f"代表電話 {SWITCHBOARD} / FAX {FAX}")
    D.write_text(rel, "\n".join(lines) + "\n")
    T.entry("drive", rel)
    for e in heads:
        T.app("drive", rel, e.pid, name=[e.name], email=[e.work_email])

    specs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("社用メール", "EMAIL", "email"),
        C("所属"),
        C("総合評価"),
        HN("評価者社員番号"),
        C("評価コメント", "TEXT"),
    ]
    rows = [
        {
            "社員番号": e.x["emp_no"],
            "氏名": e.name,
            "社用メール": e.work_email,
            "所属": e.x["dept"],
            "総合評価": rng.choice("SABBBC"),
            "評価者社員番号": rng.choice(emps).x["emp_no"],
            "評価コメント": rng.choice(
                ["目標達成", "後輩指導に積極的", "改善の余地あり", "顧客満足度向上に貢献"]
            ),
            "_s": S(e.pid),
        }
        for e in rng.sample(emps, 70)
    ]
    D.csv("人事部/評価/人事評価_2024上期.csv", specs, rows)

    # ---- accounting ------------------------------------------------------------------------------------------------
    specs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("郵便番号", "POSTAL_CODE"),
        C("住所", "ADDRESS", "addr"),
        C("個人番号", "MY_NUMBER", "mynum"),
        HN("支払金額"),
        HN("送付日"),
    ]
    rows = [
        {
            "社員番号": e.x["emp_no"],
            "氏名": e.name,
            "郵便番号": e.hh.postal,
            "住所": e.hh.addr("fullwidth"),
            "個人番号": e.mynumber
            if rng.random() < 0.7
            else f"{e.mynumber[:4]} {e.mynumber[4:8]} {e.mynumber[8:]}",
            "支払金額": rng.randrange(2800, 9800) * 1000,
            "送付日": "2024/01/25",
            "_s": S(e.pid),
        }
        for e in emps
    ]
    D.csv("経理部/源泉徴収票_送付リスト.csv", specs, rows)

    specs = [
        HN("取引先コード"),
        HN("取引先名"),
        C("法人番号", "CORPORATE_NUMBER"),
        HN("銀行名"),
        HN("支店名"),
        C("口座種別"),
        C("口座番号", "?"),
        HN("口座名義"),
        C("振込手数料"),
    ]
    rows = [
        {
            "取引先コード": f"V{201 + i}",
            "取引先名": co["name"],
            "法人番号": co["corp_no"],
            "銀行名": co["bank"][0],
            "支店名": co["branch"],
            "口座種別": "当座" if i % 3 == 0 else "普通",
            "口座番号": co["kouza"],
            "口座名義": to_halfwidth_kana(("ｶ)" if "株式会社" in co["name"] else "ﾕ)") + co["kana"]),
            "振込手数料": rng.choice(["当方負担", "先方負担"]),
        }
        for i, co in enumerate(W.companies)
    ]
    D.csv("経理部/取引先振込先一覧.csv", specs, rows, enc="cp932")

    specs = [
        HN("精算No"),
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("社用メール", "EMAIL", "email"),
        HN("利用日"),
        HN("金額"),
        HN("支払先"),
        C("内容"),
    ]
    rows = []
    for k in range(90):
        e = rng.choice(emps[:60])
        rows.append(
            {
                "精算No": f"EX2405-{k + 1:04d}",
                "社員番号": e.x["emp_no"],
                "氏名": e.name,
                "社用メール": e.work_email,
                "利用日": fmt_date(dt.date(2024, 5, rng.randint(1, 31)), "slash"),
                "金額": rng.randrange(3, 300) * 110,
                "支払先": rng.choice(STORES + ["JR東日本", "東京メトロ"]),
                "内容": rng.choice(["交通費", "会議費", "備品購入", "出張旅費"]),
                "_s": S(e.pid),
            }
        )
    D.csv("経理部/経費精算_2024-05.csv", specs, rows)

    specs = [
        HN("決済ID"),
        HN("注文番号"),
        C("card_holder", "PERSON", "name"),
        C("card_no", "CREDIT_CARD"),
        C("card_exp", "?"),
        C("email", "EMAIL", "email"),
        C("error_code"),
        HN("金額"),
    ]
    rows = []
    for k, c in enumerate(rng.sample(active, 70)):
        brand = rng.choice([("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("35", 16), ("37", 15)])
        rows.append(
            {
                "決済ID": f"PG{8800000 + k * 17}",
                "注文番号": order_no(rng, dt.date(2024, 6, rng.randint(1, 30))),
                "card_holder": c.roma_up,
                "card_no": luhn_card(rng, *brand),
                "card_exp": f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}",
                "email": c.email,
                "error_code": rng.choice(["E101 有効期限切れ", "E205 限度額超過", "E310 3Dセキュア失敗"]),
                "金額": rng.randrange(2, 60) * 1000,
                "_s": S(c.pid),
            }
        )
    D.csv("経理部/決済/カード決済エラー_2024-06.csv", specs, rows)

    D.xlsx(
        "経理部/売上集計_2024上期.xlsx",
        [
            {
                "title": "月別",
                "specs": [C("月"), HN("売上"), C("件数")],
                "rows": [
                    {
                        "月": f"2024年{m}月",
                        "売上": rng.randrange(80, 120) * 1000000,
                        "件数": rng.randrange(9000, 14000),
                    }
                    for m in range(1, 7)
                ],
            },
            {
                "title": "店舗別",
                "specs": [HN("店舗名"), HN("売上")],
                "rows": [
                    {"店舗名": s, "売上": rng.randrange(5, 40) * 1000000}
                    for s in STORES[:2] + ["通販（Web）", "通販（電話）"]
                ],
            },
            {
                "title": "メーカー別",
                "specs": [HN("メーカー"), HN("売上")],
                "rows": [{"メーカー": m, "売上": rng.randrange(1, 30) * 1000000} for m in MAKERS],
            },
        ],
    )

    # ---- IT: accounts (IP), servers (nobody), an access log, an SQL dump ---------------------------------------------
    specs = [
        HN("user_id"),
        C("氏名", "PERSON", "name"),
        C("mail", "EMAIL", "email"),
        C("部署"),
        C("権限"),
        C("最終ログイン"),
        C("最終ログインIP", "IP_ADDRESS"),
    ]
    rows = [
        {
            "user_id": e.work_email.split("@")[0],
            "氏名": e.name,
            "mail": e.work_email,
            "部署": e.x["dept"],
            "権限": rng.choice(["一般", "一般", "管理者"]),
            "最終ログイン": f"2024/06/{rng.randint(1, 30):02d} {rng.randint(8, 20)}:{rng.randrange(60):02d}",
            "最終ログインIP": f"10.20.{rng.randint(1, 30)}.{rng.randint(2, 250)}",
            "_s": S(e.pid),
        }
        for e in emps
    ]
    rows += [
        {
            "user_id": "svc-batch",
            "氏名": "バッチ処理用",
            "mail": f"noreply@{DOMAIN}",
            "部署": "情報システム部",
            "権限": "システム",
            "最終ログイン": "2024/07/01 02:00",
            "最終ログインIP": "10.20.0.5",
            "_s": {"a": None},
        },
        {
            "user_id": "cs-shared",
            "氏名": "CS共用",
            "mail": f"support@{DOMAIN}",
            "部署": "カスタマーサポート部",
            "権限": "一般",
            "最終ログイン": "2024/06/30 18:00",
            "最終ログインIP": "10.20.3.40",
            "_s": {"a": None},
        },
    ]
    D.csv("情報システム部/アカウント一覧.csv", specs, rows)

    specs = [C("hostname"), HN("ip_address"), C("os"), C("設置場所"), HN("管理者")]
    rows = [
        {
            "hostname": h,
            "ip_address": f"10.10.{i}.{10 + i}",
            "os": o,
            "設置場所": "本社サーバ室" if i < 4 else "AWS東京",
            "管理者": f"sysadmin@{DOMAIN}",
        }
        for i, (h, o) in enumerate(
            [
                ("oms-db01", "RHEL 9"),
                ("oms-app01", "RHEL 9"),
                ("cti-pbx", "Windows Server 2019"),
                ("file01", "Windows Server 2022"),
                ("web01", "Amazon Linux 2023"),
                ("web02", "Amazon Linux 2023"),
            ]
        )
    ]
    D.csv("情報システム部/server_inventory.csv", specs, rows)

    rel = "情報システム部/logs/access_2024-06-01.log"
    T.entry("drive", rel)
    lines = []
    users = rng.sample(active, 220)
    for k in range(900):
        t = dt.datetime(2024, 6, 1, 0, 0) + dt.timedelta(seconds=k * 96 + rng.randrange(90))
        ip = f"{rng.choice([60, 106, 118, 126, 133, 153, 180, 219])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
        path = rng.choice(
            ["/", "/mypage", "/cart", "/item/P10%02d" % rng.randrange(1, 17), "/order/complete"]
        )
        user = "-"
        if path in ("/mypage", "/cart", "/order/complete"):
            u = users[k % len(users)]
            user = u.email
            T.app("drive", rel, u.pid, email=[user])
        lines.append(
            f'{ip} - {user} [{t:%d/%b/%Y:%H:%M:%S} +0900] "GET {path} HTTP/1.1" 200 {rng.randrange(800, 40000)} "-" '
            f'"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"'
        )
    D.write_text(rel, "\n".join(lines) + "\n")

    rel = "情報システム部/backup/customers_20240501.sql"
    specs = [
        HN("customer_id"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("tel", "PHONE", "phone"),
        C("email", "EMAIL", "email"),
        C("jusho", "ADDRESS", "addr"),
    ]
    rows = []
    for c in sorted(rng.sample(active, 300), key=lambda p: p.x["cid"][0]):
        for cid, mail, since in X["regs"](c):
            if since <= dt.date(2024, 5, 1):
                rows.append(
                    {
                        "customer_id": cid,
                        "shimei": c.name,
                        "shimei_kana": c.kana,
                        "seinengappi": c.birth.isoformat(),
                        "tel": c.phone,
                        "email": mail,
                        "jusho": c.hh.addr(),
                        "_s": S(c.pid),
                    }
                )

    def q(v):
        return "'" + str(v).replace("'", "''") + "'"

    sql = [
        "-- MT-OMS customers backup 2024-05-01 02:00",
        "SET NAMES utf8mb4;",
        "DROP TABLE IF EXISTS customers;",
        "CREATE TABLE customers (customer_id INT PRIMARY KEY, shimei VARCHAR(40), shimei_kana VARCHAR(60), seinengappi DATE,"
        " tel VARCHAR(20), email VARCHAR(120), jusho VARCHAR(200));",
    ]
    for k in range(0, len(rows), 50):
        chunk = rows[k : k + 50]
        sql.append(
            "INSERT INTO customers (customer_id, shimei, shimei_kana, seinengappi, tel, email, jusho) VALUES\n"
            + ",\n".join(
                "(" + ", ".join([str(r["customer_id"])] + [q(r[c.h]) for c in specs[1:]]) + ")" for r in chunk
            )
            + ";"
        )
    D.write_text(rel, "\n".join(sql) + "\n")
    T.rows("drive", rel, specs, rows)

    # ---- general affairs ----------------------------------------------------------------------------------------------
    specs = [
        C("来訪日"),
        C("来訪者氏名", "PERSON", "name"),
        HN("会社名"),
        C("連絡先", "PHONE", "phone"),
        C("訪問先部署"),
        HN("入館証No"),
    ]
    rows = []
    vis = [(v, rng.choice(W.companies)) for v in W.visitors] + [
        (p, p.company) for p in X["drive_contacts"][:12]
    ]
    for k in range(70):
        v, co = vis[k % len(vis)] if k < len(vis) else rng.choice(vis)
        rows.append(
            {
                "来訪日": fmt_date(dt.date(2024, rng.randint(1, 6), rng.randint(1, 28)), "slash"),
                "来訪者氏名": v.name,
                "会社名": co["name"],
                "連絡先": v.mobile,
                "訪問先部署": rng.choice(DEPTS),
                "入館証No": f"G-{rng.randrange(1, 60):03d}",
                "_s": S(v.pid),
            }
        )
    rows.sort(key=lambda r: r["来訪日"])
    D.xlsx(
        "総務部/来客記録_2024.xlsx",
        [{"title": "来客記録", "banner": [["来客記録簿（2024年）"]], "specs": specs, "rows": rows}],
    )

    rel = "総務部/防災/緊急連絡網.txt"
    T.entry("drive", rel)
    lines = [
        "緊急連絡網（2024年4月改訂）",
        "※災害時は上から順に電話で連絡すること。つながらない場合は次の人へ。",
        "",
    ]
    for dept in DEPTS:
        mem = [e for e in emps if e.x["dept"] == dept][:6]
        if not mem:
            continue
        lines.append(f"【{dept}】")
        lines.append(" → ".join(f"{e.name}（{e.mobile}）" for e in mem))
        for e in mem:
            T.app("drive", rel, e.pid, name=[e.name], phone=[e.mobile])
        lines.append("")
    lines.append(f"本社代表：{SWITCHBOARD}　災害用伝言ダイヤル：171")
    D.write_text(rel, "\n".join(lines) + "\n", enc="cp932", newline="\r\n")

    specs = [
        HN("資産番号"),
        C("品名"),
        HN("メーカー"),
        C("型番"),
        HN("購入日"),
        HN("取得価額"),
        C("設置場所"),
        C("管理部署"),
    ]
    rows = [
        {
            "資産番号": f"AS-{1001 + i}",
            "品名": n,
            "メーカー": m,
            "型番": f"{m[:1]}X-{rng.randrange(100, 999)}",
            "購入日": fmt_date(
                dt.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28)), "slash"
            ),
            "取得価額": rng.randrange(3, 400) * 1000,
            "設置場所": rng.choice(["本社8F", "本社7F", "物流センター"]),
            "管理部署": rng.choice(DEPTS),
        }
        for i, (n, m) in enumerate(
            [
                ("複合機", "山田製作所"),
                ("シュレッダー", "鈴木工業"),
                ("業務用冷蔵庫", "伊藤精機"),
                ("ハンドリフト", "渡辺物産"),
                ("会議用テーブル", "加藤織物"),
                ("ノートPC", "高橋商店"),
                ("電話機", "株式会社中村化成"),
                ("フォークリフト", "伊藤精機"),
            ]
        )
    ]
    D.csv("総務部/備品台帳.csv", specs, rows)

    specs = [
        C("法人番号", "CORPORATE_NUMBER"),
        HN("会社名"),
        HN("会社名カナ"),
        HN("代表電話"),
        HN("代表メール"),
        C("担当者", "PERSON", "name"),
        C("担当者メール", "EMAIL", "email"),
        C("担当者携帯", "PHONE", "phone"),
    ]
    rows = []
    for co in W.companies:
        for p in [q for q in co["contacts"] if q in X["drive_contacts"]][:2]:
            rows.append(
                {
                    "法人番号": co["corp_no"],
                    "会社名": co["name"],
                    "会社名カナ": co["kana"],
                    "代表電話": co["tel"],
                    "代表メール": co["mail"],
                    "担当者": p.name,
                    "担当者メール": p.email,
                    "担当者携帯": p.mobile,
                    "_s": S(p.pid),
                }
            )
    D.csv("総務部/取引先一覧.csv", specs, rows)

    # ---- shared: extension list --------------------------------------------------------------------------------------
    specs = [C("部署"), C("氏名", "PERSON", "name"), C("内線", "?"), C("社用メール", "EMAIL", "email")]
    rows = [
        {"部署": e.x["dept"], "氏名": e.name, "内線": e.x["ext"], "社用メール": e.work_email, "_s": S(e.pid)}
        for e in emps
    ]
    rows.sort(key=lambda r: (DEPTS.index(r["部署"]), r["内線"]))
    head = "".join(f"<th>{c.h}</th>" for c in specs)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(r[c.h]))}</td>" for c in specs) + "</tr>" for r in rows
    )
    D.write_text(
        "共有/内線表.html",
        f'<html><head><meta charset="utf-8"><title>内線表</title></head><body>\n'
        f'<p>代表 {SWITCHBOARD} / FAX {FAX}</p>\n<table border="1">\n<tr>{head}</tr>\n{body}\n</table>\n</body></html>\n',
    )
    T.rows("drive", "共有/内線表.html", specs, rows)


# ----------------------------------------------------------------------------------------------------------
# Database
# ----------------------------------------------------------------------------------------------------------


def db_model(W, truth):
    """returns (tables: list of (name, specs, sqltypes, rows)), views: list of (name, sql, specs, rows))"""
    rng = random.Random(W.rng.random())
    T = truth
    cust = [c for c in W.customers if c.x["db"]]
    gifts = [g for g in W.gifts if g.x["db"]]
    emps = W.employees
    I, D8, DT, TX = "int", "date", "datetime", "text"

    def V(n):
        return f"varchar({n})"

    tables, views = [], []

    # ---- customers -----------------------------------------------------------------------------------------
    specs = [
        HN("customer_id"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("seibetsu", "?"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("yubin", "POSTAL_CODE"),
        C("jusho", "ADDRESS", "addr"),
        C("tel", "PHONE", "phone"),
        C("tel2", "PHONE", "phone"),
        C("email", "EMAIL", "email"),
        HN("registered_on"),
        C("status"),
        C("member_rank"),
        C("note", "TEXT"),
    ]
    types = [I, V(40), V(60), V(2), D8, V(8), V(200), V(20), V(20), V(120), D8, V(12), V(12), TX]
    crow = []
    for c in cust:
        regs = [(c.x["cid"][0], c.emails[0], c.x["since"])]
        if len(c.emails) == 2:
            regs.append((c.x["cid"][1], c.emails[1], c.x["rereg"]))
        for i, (cid, mail, since) in enumerate(regs):
            st = "withdrawn" if i < len(regs) - 1 else rng.choices(["active", "dormant"], [85, 15])[0]
            t2 = c.hh.landline if (c.mobile and c.hh.landline) else None
            crow.append(
                {
                    "customer_id": cid,
                    "shimei": c.name,
                    "shimei_kana": c.kana,
                    "seibetsu": "M" if c.sex == "M" else "F",
                    "seinengappi": c.birth,
                    "yubin": c.hh.postal,
                    "jusho": c.hh.addr(),
                    "tel": c.phone,
                    "tel2": t2,
                    "email": mail,
                    "registered_on": since,
                    "status": st,
                    "member_rank": rng.choice(["regular", "regular", "silver", "gold"]),
                    "note": "メールアドレス変更のため再登録"
                    if st == "withdrawn"
                    else rng.choice(NOTES) or None,
                    "_s": S(c.pid),
                }
            )
    crow.sort(key=lambda r: r["customer_id"])
    tables.append(("customers", specs, types, crow))
    by_cid = {r["customer_id"]: r for r in crow}
    active_rows = [r for r in crow if r["status"] == "active"]
    P = W.reg.people

    # ---- orders (shipping name / phone) ------------------------------------------------------------------------
    specs = [
        HN("order_no"),
        HN("customer_id"),
        HN("order_date"),
        HN("ship_date"),
        C("ship_name", "PERSON", "name"),
        C("ship_tel", "PHONE", "phone"),
        C("ship_zip", "POSTAL_CODE"),
        C("ship_address", "ADDRESS", "addr"),
        HN("carrier"),
        HN("tracking_no"),
        HN("jan_code"),
        HN("maker"),
        C("qty"),
        HN("amount"),
    ]
    types = [V(20), I, D8, D8, V(40), V(20), V(8), V(200), V(20), V(12), V(13), V(40), I, I]
    jans = [ean13(rng, "49") for _ in PRODUCTS]
    orow = []
    buyers = rng.sample(crow, 1900)
    for r in buyers:
        c = P[r["_s"]["a"]]
        for _ in range(rng.choices([1, 2, 3, 4], [50, 28, 14, 8])[0]):
            to = (
                c
                if rng.random() < 0.85
                else (rng.choice(gifts) if rng.random() < 0.8 else P[rng.choice(crow)["_s"]["a"]])
            )
            d = rand_date(rng, max(r["registered_on"], dt.date(2023, 7, 1)), dt.date(2024, 6, 25))
            i = rng.randrange(len(PRODUCTS))
            q = rng.randint(1, 3)
            orow.append(
                {
                    "order_no": order_no(rng, d),
                    "customer_id": r["customer_id"],
                    "order_date": d,
                    "ship_date": d + dt.timedelta(days=rng.randint(1, 4)),
                    "ship_name": to.name,
                    "ship_tel": to.phone,
                    "ship_zip": to.hh.postal,
                    "ship_address": to.hh.addr(),
                    "carrier": rng.choice(CARRIERS)[0],
                    "tracking_no": tracking12(rng),
                    "jan_code": jans[i],
                    "maker": MAKERS[i % len(MAKERS)],
                    "qty": q,
                    "amount": PRODUCT_PRICE[i] * q,
                    "_s": S(to.pid),
                }
            )
    orow.sort(key=lambda r: (r["order_date"], r["order_no"]))
    tables.append(("orders", specs, types, orow))

    # ---- members: exactly 1,000 persons (950 customers + 50 app-only members) -----------------------------------
    specs = [
        HN("member_no"),
        HN("customer_id"),
        C("name", "PERSON", "name"),
        C("name_kana", "PERSON", "name"),
        C("birthday", "DATE_OF_BIRTH", "birth"),
        C("email", "EMAIL", "email"),
        C("points"),
        C("rank"),
        HN("joined_on"),
    ]
    types = [V(12), I, V(40), V(60), D8, V(120), I, V(10), D8]
    mrow = []
    for r in rng.sample(active_rows, 950):
        c = P[r["_s"]["a"]]
        mrow.append(
            {
                "customer_id": r["customer_id"],
                "name": c.name,
                "name_kana": c.kana,
                "birthday": c.birth,
                "email": r["email"],
                "points": rng.randrange(0, 30000),
                "rank": rng.choice(["A", "B", "C"]),
                "joined_on": r["registered_on"],
                "_s": S(c.pid),
            }
        )
    for a in W.app_members:
        mrow.append(
            {
                "customer_id": None,
                "name": a.name,
                "name_kana": a.kana,
                "birthday": a.birth,
                "email": a.email,
                "points": rng.randrange(0, 3000),
                "rank": "C",
                "joined_on": dt.date(2024, rng.randint(1, 6), rng.randint(1, 28)),
                "_s": S(a.pid),
            }
        )
    rng.shuffle(mrow)
    for i, r in enumerate(mrow):
        r["member_no"] = f"M{700001 + i * 3}"
    tables.append(("members", specs, types, mrow))

    # ---- campaign entries: 1,001 persons, more rows than persons -------------------------------------------------
    specs = [
        HN("entry_id"),
        C("entry_date"),
        C("name", "PERSON", "name"),
        C("name_kana", "PERSON", "name"),
        C("email", "EMAIL", "email"),
        C("tel", "PHONE", "phone"),
        C("prize"),
        C("answer", "TEXT"),
    ]
    types = [I, D8, V(40), V(60), V(120), V(20), V(20), TX]
    ent = []
    pool = [P[pid] for pid in dict.fromkeys(r["_s"]["a"] for r in active_rows)]
    rere = [p for p in pool if len(p.emails) == 2]
    chosen = rere[:30] + rng.sample([p for p in pool if len(p.emails) == 1], 661 - 30) + W.camp_db[:340]
    assert len({p.pid for p in chosen}) == 1001
    for p in chosen:
        k = rng.choices([1, 2, 3], [80, 15, 5])[0]
        if len(p.emails) == 2:
            k = 2
        for j in range(k):
            ent.append(
                {
                    "entry_date": dt.date(2024, 6, rng.randint(1, 30)),
                    "name": p.name,
                    "name_kana": p.kana,
                    "email": p.emails[j % len(p.emails)],
                    "tel": p.phone,
                    "prize": rng.choice(["A賞 和牛", "B賞 梅干し", "C賞 クーポン"]),
                    "answer": rng.choice(
                        ["毎年楽しみにしています", "", "家族で応募しました", "当たりますように"]
                    )
                    or None,
                    "_s": S(p.pid),
                }
            )
    rng.shuffle(ent)
    for i, r in enumerate(ent, 1):
        r["entry_id"] = 50000 + i
    tables.append(("campaign_entries", specs, types, ent))

    # ---- call logs: kana + number; household members; companies; withheld -------------------------------------------
    specs = [
        HN("call_id"),
        C("called_at"),
        C("caller_tel", "PHONE", "phone"),
        C("caller_kana", "PERSON", "name"),
        HN("operator_id"),
        C("category"),
        C("memo", "TEXT"),
    ]
    types = [I, DT, V(20), V(60), V(10), V(20), TX]
    calls = []
    callers = rng.sample(pool, 1300) + [f for f in W.family if f.x["scope"] == "db"]
    for p in callers:
        for _ in range(rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0]):
            topic, memo = rng.choice(CALL_TOPICS)
            calls.append(
                {
                    "called_at": dt.datetime(
                        2024, rng.randint(1, 6), rng.randint(1, 28), rng.randint(9, 19), rng.randrange(60)
                    ),
                    "caller_tel": pick_phone(p, rng),
                    "caller_kana": p.kana,
                    "operator_id": f"OP-{rng.randrange(1, 40):03d}",
                    "category": topic,
                    "memo": memo,
                    "_s": S(p.pid),
                }
            )
    for _ in range(40):
        co = rng.choice(W.companies)
        calls.append(
            {
                "called_at": dt.datetime(
                    2024, rng.randint(1, 6), rng.randint(1, 28), rng.randint(9, 17), rng.randrange(60)
                ),
                "caller_tel": co["tel"],
                "caller_kana": co["kana"],
                "operator_id": f"OP-{rng.randrange(1, 40):03d}",
                "category": "その他",
                "memo": "取引先",
                "_s": {"a": None},
            }
        )
    for _ in range(60):
        calls.append(
            {
                "called_at": dt.datetime(
                    2024, rng.randint(1, 6), rng.randint(1, 28), rng.randint(9, 19), rng.randrange(60)
                ),
                "caller_tel": "非通知",
                "caller_kana": None,
                "operator_id": f"OP-{rng.randrange(1, 40):03d}",
                "category": "その他",
                "memo": "無言",
                "_s": {"a": None},
            }
        )
    calls.sort(key=lambda r: r["called_at"])
    for i, r in enumerate(calls, 1):
        r["call_id"] = i
    tables.append(("call_logs", specs, types, calls))

    # ---- employees (romaji columns of every identifier type) ---------------------------------------------------------
    specs = [
        HN("emp_no"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("shimei_romaji", "PERSON", "name"),
        C("seinengappi", "DATE_OF_BIRTH", "birth"),
        C("yubin", "POSTAL_CODE"),
        C("jusho", "ADDRESS", "addr"),
        C("keitai", "PHONE", "phone"),
        C("work_mail", "EMAIL", "email"),
        C("my_number", "MY_NUMBER", "mynum"),
        C("nenkin_no", "PENSION_NUMBER"),
        C("hoken_kigo", "HEALTH_INSURANCE"),
        C("hoken_bango", "HEALTH_INSURANCE"),
        C("unten_menkyo", "DRIVERS_LICENSE"),
        C("pasupooto_no", "PASSPORT"),
        C("zairyu_card_no", "RESIDENCE_CARD"),
        HN("ginko_mei"),
        HN("shiten_mei"),
        C("kouza", "BANK_ACCOUNT"),
        C("kouza_meiginin", "PERSON", "name"),
        C("busho"),
        HN("nyusha_bi"),
        HN("taishoku_bi"),
    ]
    types = [
        V(8),
        V(40),
        V(60),
        V(60),
        D8,
        V(8),
        V(200),
        V(20),
        V(120),
        V(12),
        V(12),
        V(8),
        V(4),
        V(12),
        V(10),
        V(12),
        V(20),
        V(20),
        V(8),
        V(60),
        V(30),
        D8,
        D8,
    ]
    erow = [
        {
            "emp_no": e.x["emp_no"],
            "shimei": e.name,
            "shimei_kana": e.kana,
            "shimei_romaji": e.roma_fl,
            "seinengappi": e.birth,
            "yubin": e.hh.postal,
            "jusho": e.hh.addr(),
            "keitai": e.mobile,
            "work_mail": e.work_email,
            "my_number": e.mynumber,
            "nenkin_no": e.x["nenkin"].replace("-", ""),
            "hoken_kigo": e.x["hoken_kigo"],
            "hoken_bango": e.x["hoken_bango"],
            "unten_menkyo": e.x["menkyo"] or None,
            "pasupooto_no": e.x["passport"] or None,
            "zairyu_card_no": e.x["zairyu"] or None,
            "ginko_mei": e.x["bank"],
            "shiten_mei": e.x["branch"],
            "kouza": e.x["kouza"],
            "kouza_meiginin": e.kana,
            "busho": e.x["dept"],
            "nyusha_bi": e.x["joined"],
            "taishoku_bi": dt.date(2023, 12, 31) if e.x["retired"] else None,
            "_s": S(e.pid),
        }
        for e in emps
    ]
    tables.append(("employees", specs, types, erow))

    # ---- employee + dependants in one row -------------------------------------------------------------------------------
    specs = [
        HN("emp_no"),
        C("emp_name", "PERSON", "name"),
        C("emp_my_number", "MY_NUMBER", "mynum"),
        C("spouse_name", "PERSON", "name", slot="s"),
        C("spouse_kana", "PERSON", "name", slot="s"),
        C("spouse_birth", "DATE_OF_BIRTH", "birth", slot="s"),
        C("spouse_my_number", "MY_NUMBER", "mynum", slot="s"),
    ]
    types = [V(8), V(40), V(12), V(40), V(60), D8, V(12)]
    for k in (1, 2, 3):
        specs += [
            C(f"child{k}_name", "PERSON", "name", slot=f"k{k}"),
            C(f"child{k}_relation"),
            C(f"child{k}_birth", "DATE_OF_BIRTH", "birth", slot=f"k{k}"),
            C(f"child{k}_my_number", "MY_NUMBER", "mynum", slot=f"k{k}"),
        ]
        types += [V(40), V(4), D8, V(12)]
    drow = []
    for e in emps:
        sp = e.x.get("spouse")
        if not sp:
            continue
        r = {
            "emp_no": e.x["emp_no"],
            "emp_name": e.name,
            "emp_my_number": e.mynumber,
            "spouse_name": sp.name,
            "spouse_kana": sp.kana,
            "spouse_birth": sp.birth,
            "spouse_my_number": sp.mynumber,
            "_s": {"a": e.pid, "s": sp.pid},
        }
        for k, kid in enumerate(e.x["kids"], 1):
            r.update(
                {
                    f"child{k}_name": kid.name,
                    f"child{k}_relation": kid.x["rel"],
                    f"child{k}_birth": kid.birth,
                    f"child{k}_my_number": kid.mynumber,
                }
            )
            r["_s"][f"k{k}"] = kid.pid
        drow.append(r)
    tables.append(("employee_dependents", specs, types, drow))

    # ---- health checks (Japanese column names, SENSITIVE) -------------------------------------------------------------
    specs = [
        HN("社員番号"),
        C("氏名", "PERSON", "name"),
        C("生年月日", "DATE_OF_BIRTH", "birth"),
        HN("受診日"),
        C("血圧", "SENSITIVE"),
        C("判定", "SENSITIVE"),
        C("所見", "SENSITIVE"),
        C("既往歴", "SENSITIVE"),
        C("障害者手帳", "SENSITIVE"),
    ]
    types = [V(8), V(40), D8, D8, V(10), V(2), V(40), V(40), V(20)]
    hrow = []
    for e in emps:
        if e.x["retired"]:
            continue
        f = rng.choice(
            [
                "異常なし",
                "異常なし",
                "異常なし",
                "高血圧（要精密検査）",
                "脂質異常",
                "糖尿病疑い",
                "肝機能異常",
            ]
        )
        hrow.append(
            {
                "社員番号": e.x["emp_no"],
                "氏名": e.name,
                "生年月日": e.birth,
                "受診日": dt.date(2024, 6, rng.randint(3, 21)),
                "血圧": f"{rng.randint(100, 165)}/{rng.randint(60, 100)}",
                "判定": "A" if f == "異常なし" else rng.choice("BCD"),
                "所見": f,
                "既往歴": rng.choice(["", "", "喘息", "うつ病", "糖尿病", "心疾患"]) or None,
                "障害者手帳": rng.choice([None] * 12 + ["身体障害者手帳 4級", "精神障害者保健福祉手帳 3級"]),
                "_s": S(e.pid),
            }
        )
    tables.append(("health_checks", specs, types, hrow))

    # ---- login history (e-mail + IP) ----------------------------------------------------------------------------------
    specs = [
        HN("login_id"),
        C("login_email", "EMAIL", "email"),
        C("ip_address", "IP_ADDRESS"),
        C("logged_in_at"),
        C("user_agent"),
        C("result"),
    ]
    types = [I, V(120), V(45), DT, V(120), V(8)]
    lrow = []
    for p in rng.sample(pool, 900) + W.app_members[:30]:
        for _ in range(rng.randint(1, 4)):
            lrow.append(
                {
                    "login_email": p.email,
                    "ip_address": f"{rng.choice([60, 106, 118, 126, 133, 153, 180, 219])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
                    if rng.random() < 0.9
                    else f"2400:4050:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(65536):x}",
                    "logged_in_at": dt.datetime(
                        2024, 6, rng.randint(1, 30), rng.randint(0, 23), rng.randrange(60)
                    ),
                    "user_agent": rng.choice(
                        ["Mozilla/5.0 (iPhone)", "Mozilla/5.0 (Windows NT 10.0)", "MidoriApp/3.2 Android"]
                    ),
                    "result": rng.choice(["ok", "ok", "ok", "fail"]),
                    "_s": S(p.pid),
                }
            )
    lrow.sort(key=lambda r: r["logged_in_at"])
    for i, r in enumerate(lrow, 1):
        r["login_id"] = i
    tables.append(("login_history", specs, types, lrow))

    # ---- payments (romaji card holder + billing e-mail) ---------------------------------------------------------------
    specs = [
        HN("payment_id"),
        HN("order_no"),
        C("card_holder", "PERSON", "name"),
        C("card_no", "CREDIT_CARD"),
        C("card_exp", "?"),
        C("billing_email", "EMAIL", "email"),
        HN("amount"),
    ]
    types = [I, V(20), V(60), V(19), V(5), V(120), I]
    prow = []
    for p in rng.sample(pool, 700):
        brand = rng.choice([("4", 16), ("5" + str(rng.randint(1, 5)), 16), ("35", 16), ("37", 15)])
        card = luhn_card(rng, *brand)
        exp = f"{rng.randint(1, 12):02d}/{rng.randint(25, 30)}"
        for _ in range(rng.randint(1, 3)):
            prow.append(
                {
                    "order_no": order_no(rng, dt.date(2024, rng.randint(1, 6), rng.randint(1, 28))),
                    "card_holder": p.roma_up,
                    "card_no": card,
                    "card_exp": exp,
                    "billing_email": p.email,
                    "amount": rng.randrange(1, 50) * 1000,
                    "_s": S(p.pid),
                }
            )
    for i, r in enumerate(prow, 1):
        r["payment_id"] = 900000 + i
    tables.append(("payments", specs, types, prow))

    # ---- products: nobody ----------------------------------------------------------------------------------------------
    specs = [
        C("product_code"),
        C("product_name"),
        HN("maker_name"),
        HN("jan_code"),
        HN("upc_code"),
        C("price"),
        HN("release_date"),
    ]
    types = [V(8), V(80), V(40), V(13), V(12), I, D8]
    prod = [
        {
            "product_code": f"P{1001 + i}",
            "product_name": n,
            "maker_name": MAKERS[i % len(MAKERS)],
            "jan_code": jans[i],
            "upc_code": upca(rng),
            "price": PRODUCT_PRICE[i],
            "release_date": dt.date(2015 + i % 9, 1 + i % 12, 1 + i),
        }
        for i, n in enumerate(PRODUCTS)
    ]
    tables.append(("products", specs, types, prod))

    # ---- suppliers: corporate number, company contacts -----------------------------------------------------------------
    specs = [
        HN("supplier_id"),
        C("corporate_number", "CORPORATE_NUMBER"),
        HN("company_name"),
        HN("main_tel"),
        HN("main_email"),
        C("contact_name", "PERSON", "name"),
        C("contact_email", "EMAIL", "email"),
        C("contact_tel", "PHONE", "phone"),
        HN("bank_name"),
        HN("branch_name"),
        C("account_no", "?"),
    ]
    types = [I, V(13), V(60), V(20), V(120), V(40), V(120), V(20), V(30), V(30), V(8)]
    srow = []
    for i, co in enumerate(W.companies):
        p = co["contacts"][0]
        srow.append(
            {
                "supplier_id": 300 + i,
                "corporate_number": co["corp_no"],
                "company_name": co["name"],
                "main_tel": co["tel"],
                "main_email": co["mail"],
                "contact_name": p.name if i != 5 else None,
                "contact_email": p.email if i != 5 else None,
                "contact_tel": p.mobile if i != 5 else None,
                "bank_name": co["bank"][0],
                "branch_name": co["branch"],
                "account_no": co["kouza"],
                "_s": S(p.pid if i != 5 else None),
            }
        )
    tables.append(("suppliers", specs, types, srow))

    # ---- views -----------------------------------------------------------------------------------------------------
    specs = [
        HN("order_no"),
        HN("order_date"),
        C("customer_name", "PERSON", "name", slot="c"),
        C("customer_tel", "PHONE", "phone", slot="c"),
        C("ship_name", "PERSON", "name"),
        C("ship_tel", "PHONE", "phone"),
        C("ship_address", "ADDRESS", "addr"),
        HN("amount"),
    ]
    vrows = []
    for o in orow:
        c = by_cid[o["customer_id"]]
        vrows.append(
            {
                "order_no": o["order_no"],
                "order_date": o["order_date"],
                "customer_name": c["shimei"],
                "customer_tel": c["tel"],
                "ship_name": o["ship_name"],
                "ship_tel": o["ship_tel"],
                "ship_address": o["ship_address"],
                "amount": o["amount"],
                "_s": {"a": o["_s"]["a"], "c": c["_s"]["a"]},
            }
        )
    views.append(
        (
            "v_customer_orders",
            "SELECT o.order_no, o.order_date, c.shimei AS customer_name, c.tel AS customer_tel, o.ship_name, o.ship_tel, "
            "o.ship_address, o.amount FROM orders o JOIN customers c ON c.customer_id = o.customer_id",
            specs,
            vrows,
        )
    )
    specs = [
        HN("member_no"),
        C("name", "PERSON", "name"),
        C("email", "EMAIL", "email"),
        C("tel", "PHONE", "phone"),
        C("jusho", "ADDRESS", "addr"),
        C("points"),
    ]
    vrows = []
    for m in mrow:
        if m["customer_id"] is None:
            continue
        c = by_cid[m["customer_id"]]
        vrows.append(
            {
                "member_no": m["member_no"],
                "name": m["name"],
                "email": m["email"],
                "tel": c["tel"],
                "jusho": c["jusho"],
                "points": m["points"],
                "_s": m["_s"],
            }
        )
    views.append(
        (
            "v_member_customers",
            "SELECT m.member_no, m.name, m.email, c.tel, c.jusho, m.points FROM members m "
            "JOIN customers c ON c.customer_id = m.customer_id",
            specs,
            vrows,
        )
    )
    specs = [
        HN("customer_id"),
        C("shimei", "PERSON", "name"),
        C("shimei_kana", "PERSON", "name"),
        C("tel", "PHONE", "phone"),
        C("email", "EMAIL", "email"),
        C("jusho", "ADDRESS", "addr"),
    ]
    vrows = [
        {k: r[k] for k in ("customer_id", "shimei", "shimei_kana", "tel", "email", "jusho", "_s")}
        for r in active_rows
    ]
    views.append(
        (
            "v_active_customers",
            "SELECT customer_id, shimei, shimei_kana, tel, email, jusho FROM customers WHERE status = 'active'",
            specs,
            vrows,
        )
    )
    for name, specs, types, rows in tables:
        T.rows("database", name, specs, rows)
        T.entries["database"][name]["rows"] = len(rows)
    for name, sql, specs, rows in views:
        T.rows("database", name, specs, rows)
        T.entries["database"][name]["rows"] = len(rows)
        T.entries["database"][name]["view"] = True
    return tables, views


def sa_type(t):
    from sqlalchemy import Integer, String, Date, DateTime, Text

    if t == "int":
        return Integer()
    if t == "date":
        return Date()
    if t == "datetime":
        return DateTime()
    if t == "text":
        return Text()
    return String(int(t[8:-1]))


def write_db(url, tables, views):
    from sqlalchemy import create_engine, MetaData, Table, Column, text

    eng = create_engine(url)
    md = MetaData()
    sa_tables = []
    for name, specs, types, rows in tables:
        cols = [
            Column(
                c.h,
                sa_type(t),
                primary_key=(i == 0 and name not in ("employee_dependents",)),
                autoincrement=False,
            )
            for i, (c, t) in enumerate(zip(specs, types))
        ]
        sa_tables.append((Table(name, md, *cols), specs, rows))
    with eng.begin() as conn:
        for name, *_ in views:
            conn.execute(text(f"DROP VIEW IF EXISTS {name}"))
    md.drop_all(eng, checkfirst=True)
    md.create_all(eng)
    with eng.begin() as conn:
        for tbl, specs, rows in sa_tables:
            data = [{c.h: r.get(c.h) for c in specs} for r in rows]
            for k in range(0, len(data), 2000):
                if data[k : k + 2000]:
                    conn.execute(tbl.insert(), data[k : k + 2000])
        for name, sql, *_ in views:
            conn.execute(text(f"CREATE VIEW {name} AS {sql}"))
    counts = {}
    with eng.connect() as conn:
        for name, *_ in list(tables) + list(views):
            counts[name] = conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar()
    eng.dispose()
    return counts


# ----------------------------------------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------------------------------------

ROLE_LOCALS = {
    "info",
    "support",
    "noreply",
    "no-reply",
    "sales",
    "order",
    "saiyo",
    "keiri",
    "contact",
    "eigyo",
    "soumu",
    "sysadmin",
    "cs",
    "otoiawase",
}


def check_partition(label, apps, errors):
    apps = [(pid, strong_keys(v)) for pid, v in apps]
    comps = components(apps)
    pids = {pid for pid, _ in apps}
    bad = [c for c in comps if len(c) > 1]
    if bad:
        errors.append(f"{label}: different persons joined by a strong key, e.g. pids {sorted(bad[0])[:5]}")
    if len(comps) != len(pids):
        split = defaultdict(int)
        for c in comps:
            for pid in c:
                split[pid] += 1
        ex = sorted(pid for pid, n in split.items() if n > 1)[:5]
        errors.append(f"{label}: {len(comps)} components for {len(pids)} persons (split pids {ex})")
    return len(pids)


def recount_rows(specs, rows, company_names, company_phones):
    """identity rule applied to re-read rows, knowing nothing of pids; returns the number of persons"""
    apps = []
    for row in rows:
        vals = defaultdict(lambda: defaultdict(list))
        personal = defaultdict(bool)
        pairs = defaultdict(dict)
        for c in specs:
            v = row.get(c.h)
            if v in (None, ""):
                continue
            if c.t in PERSONAL_TYPES:
                personal[c.slot] = True
            if not c.role:
                continue
            if c.role.startswith(("sei.", "mei.")):
                part, tag = c.role.split(".")
                pairs[c.slot].setdefault(tag, {})[part] = str(v)
            else:
                vals[c.slot][c.role].append(v if isinstance(v, dt.date) else str(v))
        for slot, tags in pairs.items():
            for d in tags.values():
                if "sei" in d and "mei" in d:
                    vals[slot]["name"].append(d["sei"] + d["mei"])
        for slot in personal:
            v = vals[slot]
            names = [x for x in v["name"] if nname(x) not in company_names]
            emails = [x for x in v["email"] if nemail(x).split("@")[0] not in ROLE_LOCALS]
            if v["name"] and not names:
                continue  # a company
            if not names and not emails and not v["mynum"]:
                continue  # a withheld number / switchboard only
            apps.append(
                (
                    len(apps),
                    strong_keys(
                        {
                            "name": names,
                            "email": emails,
                            "birth": v["birth"],
                            "phone": [p for p in v["phone"] if nphone(p) not in company_phones],
                            "addr": v["addr"],
                            "mynum": v["mynum"],
                        }
                    ),
                )
            )
    return len(components(apps))


def self_check(W, out, truth, D, tables, views):
    errors = []
    for scope in ("drive", "database"):
        allapps = []
        for name, apps in truth.apps[scope].items():
            check_partition(f"{scope}:{name}", apps, errors)
            allapps.extend(apps)
        check_partition(f"{scope} total", allapps, errors)
    # every file has an entry and every entry a file
    on_disk = []
    for root, _, files in os.walk(D.root):
        for f in files:
            on_disk.append(os.path.relpath(os.path.join(root, f), D.root).replace(os.sep, "/"))
    if sorted(on_disk) != sorted(truth.entries["drive"]):
        errors.append(
            f"drive files vs truth differ: {sorted(set(on_disk) ^ set(truth.entries['drive']))[:5]}"
        )
    # independent recount of CSV/TSV files re-read from disk
    cnames = {nname(co["name"]) for co in W.companies} | {nname(co["kana"]) for co in W.companies} | \
        {nname("バッチ処理用"), nname("CS共用")}
    cphones = {nphone(co["tel"]) for co in W.companies}
    n_re = 0
    for rel, (enc, delim, header, npre, specs) in D.csv_meta.items():
        with open(os.path.join(D.root, *rel.split("/")), encoding=enc, newline="") as f:
            lines = list(csv.reader(f, delimiter=delim))[npre:]
        if header:
            if lines[0] != [c.h for c in specs]:
                errors.append(f"{rel}: header mismatch")
            lines = lines[1:]
        rows = [dict(zip([c.h for c in specs], ln)) for ln in lines]
        got = recount_rows(specs, rows, cnames, cphones)
        want = len(truth.persons("drive", rel))
        n_re += 1
        if got != want:
            errors.append(f"{rel}: re-read recount {got} != truth {want}")
    # database re-read from SQLite
    from sqlalchemy import create_engine, text

    eng = create_engine(f"sqlite:///{os.path.join(out, 'db.sqlite')}")
    with eng.connect() as conn:
        for name, specs, *_ in list((t[0], t[1]) for t in tables) + list((v[0], v[2]) for v in views):
            res = conn.execute(text(f"SELECT * FROM {name}"))
            rows = [dict(r._mapping) for r in res]
            for r in rows:
                for k, v in list(r.items()):
                    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                        r[k] = dt.date.fromisoformat(v)
            got = recount_rows(specs, rows, cnames, cphones)
            want = len(truth.persons("database", name))
            if got != want:
                errors.append(f"db {name}: re-read recount {got} != truth {want}")
            if len(rows) != truth.entries["database"][name]["rows"]:
                errors.append(
                    f"db {name}: {len(rows)} rows in SQLite != truth {truth.entries['database'][name]['rows']}"
                )
    eng.dispose()
    return errors, n_re


# ----------------------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------------------


def truth_json(truth, seed):
    out = {"generator": "blind-dev", "seed": seed}
    for scope, key in (("drive", "files"), ("database", "tables")):
        ents = {}
        allp = set()
        for name in sorted(truth.entries[scope]):
            e = truth.entries[scope][name]
            p = truth.persons(scope, name)
            allp |= p
            d = {}
            if e.get("view"):
                d["view"] = True
            if "rows" in e:
                d["rows"] = e["rows"]
            d["persons"] = len(p)
            if "columns" in e:
                d["columns"] = e["columns"]
                d["hard_negative_columns"] = e.get("hard_negative_columns", [])
            for k in ("headerless", "column_positions"):
                if k in e:
                    d[k] = e[k]
            ents[name] = d
        out[scope] = {"persons_total": len(allp), key: ents}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args(argv)
    t0 = time.time()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for x in ("drive",):
        shutil.rmtree(os.path.join(out, x), ignore_errors=True)
    for x in ("db.sqlite", "truth.json"):
        if os.path.exists(os.path.join(out, x)):
            os.remove(os.path.join(out, x))
    _ORDER_SEEN.clear()
    W = build_world(args.seed)
    truth = Truth()
    D = build_drive(W, out, truth)
    tables, views = db_model(W, truth)
    counts = write_db(f"sqlite:///{os.path.join(out, 'db.sqlite')}", tables, views)
    for url in args.db_url:
        c2 = write_db(url, tables, views)
        if c2 != counts:
            raise SystemExit(f"row counts differ in {url}: {c2} vs {counts}")
    errors, n_re = self_check(W, out, truth, D, tables, views)
    tj = truth_json(truth, args.seed)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(tj, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    if errors:
        for e in errors[:40]:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} self-check failures")
    print(
        f"drive: {len(tj['drive']['files'])} files, {tj['drive']['persons_total']} persons; "
        f"database: {len(tj['database']['tables'])} tables/views, {tj['database']['persons_total']} persons; "
        f"self-check ok ({n_re} CSV/TSV files and {len(counts)} tables/views re-read); {time.time() - t0:.1f}s"
    )


if __name__ == "__main__":
    main()
