#!/usr/bin/env python3
"""blind-detect dev3: documents of a dispensing-pharmacy chain with a home-nursing station,
a fitness gym and a small mail-order shop.  Gold spans by construction.

    python3 generate.py --out DIR [--seed 44]

Standard library only; deterministic for a given seed.
"""
import argparse
import json
import os
import random
import shutil
import sys

REF_YEAR = 2024

# ---------------------------------------------------------------- spans / document builder


def E(typ, text, sub=None, note=None):
    return ("E", typ, text, sub, note)


def L(text, kind):
    return ("L", text, kind)


def H(text, kind):
    return ("H", text, kind)


def seg_text(s):
    if isinstance(s, str):
        return s
    return s[2] if s[0] == "E" else s[1]


class Doc:
    def __init__(self, nl="\n"):
        self.parts = []
        self.pos = 0
        self.ents = []
        self.looks = []
        self.hns = []
        self.nl = nl

    def t(self, text):
        text = text.replace("\n", self.nl)
        self.parts.append(text)
        self.pos += len(text)
        return self

    def _span(self, text):
        assert "\n" not in text and "\r" not in text, text
        st = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return st, self.pos

    def w(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, str):
                self.t(s)
            elif isinstance(s, list):
                self.w(*s)
            elif s[0] == "E":
                st, en = self._span(s[2])
                d = {"type": s[1], "start": st, "end": en, "text": s[2]}
                if s[3]:
                    d["subtype"] = s[3]
                if s[4]:
                    d["note"] = s[4]
                self.ents.append(d)
            elif s[0] == "L":
                st, en = self._span(s[1])
                self.looks.append({"start": st, "end": en, "kind": s[2], "text": s[1]})
            elif s[0] == "H":
                st, en = self._span(s[1])
                self.hns.append({"start": st, "end": en, "kind": s[2], "text": s[1]})
            else:
                raise ValueError(s)
        return self

    def ln(self, *segs):
        self.w(*segs)
        self.t("\n")
        return self

    def cell(self, c, delim, quote_all=False):
        segs = c if isinstance(c, list) else [c]
        plain = "".join(seg_text(s) for s in segs if s is not None)
        q = quote_all or any(ch in plain for ch in (delim, '"', "\n", "\r"))
        if q:
            self.t('"')
        for s in segs:
            if s is None:
                continue
            if isinstance(s, str):
                self.t(s.replace('"', '""') if q else s)
            else:
                assert '"' not in seg_text(s)
                self.w(s)
        if q:
            self.t('"')

    def row(self, cells, delim=",", quote_all=False):
        for i, c in enumerate(cells):
            if i:
                self.t(delim)
            self.cell(c, delim, quote_all)
        self.t("\n")

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- data

SUR = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
       ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
       ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
       ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
       ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
       ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
       ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"), ("森", "モリ", "Mori"),
       ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"),
       ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"),
       ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
       ("村上", "ムラカミ", "Murakami"), ("近藤", "コンドウ", "Kondo"), ("坂本", "サカモト", "Sakamoto"),
       ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("西村", "ニシムラ", "Nishimura"),
       ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("三浦", "ミウラ", "Miura"),
       ("藤井", "フジイ", "Fujii"), ("岡本", "オカモト", "Okamoto"), ("松田", "マツダ", "Matsuda"),
       ("中川", "ナカガワ", "Nakagawa"), ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"),
       ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
       ("中野", "ナカノ", "Nakano"), ("今井", "イマイ", "Imai"), ("宮崎", "ミヤザキ", "Miyazaki"),
       ("大野", "オオノ", "Ono"), ("東", "ヒガシ", "Higashi"), ("五十嵐", "イガラシ", "Igarashi"),
       ("菅原", "スガワラ", "Sugawara"), ("久保田", "クボタ", "Kubota"), ("千葉", "チバ", "Chiba"),
       ("星野", "ホシノ", "Hoshino"), ("堀", "ホリ", "Hori"), ("桜井", "サクライ", "Sakurai")]
GIV = [("花子", "ハナコ", "Hanako"), ("太郎", "タロウ", "Taro"), ("美咲", "ミサキ", "Misaki"),
       ("翔太", "ショウタ", "Shota"), ("陽菜", "ヒナ", "Hina"), ("大輔", "ダイスケ", "Daisuke"),
       ("恵子", "ケイコ", "Keiko"), ("健一", "ケンイチ", "Kenichi"), ("由美", "ユミ", "Yumi"),
       ("誠", "マコト", "Makoto"), ("裕子", "ユウコ", "Yuko"), ("隆", "タカシ", "Takashi"),
       ("幸子", "サチコ", "Sachiko"), ("清", "キヨシ", "Kiyoshi"), ("和子", "カズコ", "Kazuko"),
       ("茂", "シゲル", "Shigeru"), ("明美", "アケミ", "Akemi"), ("浩二", "コウジ", "Koji"),
       ("さくら", "サクラ", "Sakura"), ("蓮", "レン", "Ren"), ("葵", "アオイ", "Aoi"),
       ("悠真", "ユウマ", "Yuma"), ("千尋", "チヒロ", "Chihiro"), ("拓也", "タクヤ", "Takuya"),
       ("節子", "セツコ", "Setsuko"), ("正雄", "マサオ", "Masao"), ("トメ", "トメ", "Tome"),
       ("勝", "マサル", "Masaru"), ("愛", "アイ", "Ai"), ("直樹", "ナオキ", "Naoki"),
       ("真由美", "マユミ", "Mayumi"), ("修", "オサム", "Osamu"), ("久美子", "クミコ", "Kumiko"),
       ("亮", "リョウ", "Ryo"), ("文子", "フミコ", "Fumiko"), ("一郎", "イチロウ", "Ichiro"),
       ("結衣", "ユイ", "Yui"), ("大和", "ヤマト", "Yamato"), ("ミツ", "ミツ", "Mitsu"),
       ("博", "ヒロシ", "Hiroshi"), ("静香", "シズカ", "Shizuka"), ("光", "ヒカル", "Hikaru")]
FOREIGN = [("NGUYEN VAN AN", "グエン・ヴァン・アン", "ベトナム", "Viet Nam"),
           ("TRAN THI HOA", "チャン・ティ・ホア", "ベトナム", "Viet Nam"),
           ("PHAM MINH TUAN", "ファム・ミン・トゥアン", "ベトナム", "Viet Nam"),
           ("MARIA SANTOS", "マリア・サントス", "フィリピン", "Philippines"),
           ("ANA REYES", "アナ・レイエス", "フィリピン", "Philippines"),
           ("LI WEI", "リ・ウェイ", "中国", "China"), ("WANG FANG", "ワン・ファン", "中国", "China"),
           ("RAJ KUMAR", "ラジ・クマール", "インド", "India"),
           ("SITI AMINAH", "シティ・アミナ", "インドネシア", "Indonesia"),
           ("KIM MINJI", "キム・ミンジ", "韓国", "Korea"),
           ("BISHNU THAPA", "ビシュヌ・タパ", "ネパール", "Nepal"),
           ("AUNG KYAW", "アウン・チョー", "ミャンマー", "Myanmar")]
ADDR = [("東京都", "世田谷区", "桜新町"), ("東京都", "練馬区", "石神井町"), ("東京都", "江東区", "大島"),
        ("神奈川県", "横浜市港北区", "日吉本町"), ("神奈川県", "川崎市中原区", "小杉町"),
        ("埼玉県", "さいたま市浦和区", "常盤"), ("千葉県", "船橋市", "本町"), ("大阪府", "大阪市北区", "天神橋"),
        ("大阪府", "豊中市", "岡町"), ("愛知県", "名古屋市千種区", "今池"), ("福岡県", "福岡市中央区", "大名"),
        ("北海道", "札幌市北区", "北七条西"), ("宮城県", "仙台市青葉区", "一番町"),
        ("京都府", "京都市左京区", "田中里ノ前町"), ("兵庫県", "神戸市灘区", "六甲台町"),
        ("静岡県", "浜松市中央区", "元城町"), ("広島県", "広島市南区", "皆実町"), ("新潟県", "新潟市中央区", "古町通")]
BLDG = ["グランハイツ", "コーポ桜", "メゾン若葉", "サンライズマンション", "パークサイド", "ハイム青葉", "レジデンス本町"]
LAND = [("03", 4, 4), ("06", 4, 4), ("045", 3, 4), ("052", 3, 4), ("011", 3, 4), ("092", 3, 4),
        ("022", 3, 4), ("075", 3, 4), ("078", 3, 4), ("0422", 2, 4), ("0466", 2, 4), ("048", 3, 4),
        ("047", 3, 4), ("044", 3, 4)]
PHARMS = ["さくら調剤薬局 本町店", "さくら調剤薬局 駅前店", "さくら調剤薬局 中央通り店", "さくら調剤薬局 北口店"]
STATION = "さくら訪問看護ステーション"
GYM = "フィットネスクラブ ライズ24"
SHOP = "さくらヘルスケア通販"
CLINICS = ["吉田内科クリニック", "中村整形外科医院", "みなと総合病院", "青葉台ファミリークリニック", "山本眼科",
           "こばやし皮膚科", "森のこどもクリニック", "市立中央病院", "佐々木耳鼻咽喉科"]
CLINIC_SURNAME = {"吉田内科クリニック", "中村整形外科医院", "山本眼科", "こばやし皮膚科", "佐々木耳鼻咽喉科"}
DRUGS = [("アムロジピン錠5mg", "高血圧症"), ("メトホルミン塩酸塩錠250mg", "2型糖尿病"),
         ("ワーファリン錠1mg", "血栓塞栓症の治療及び予防"), ("ロキソプロフェンNa錠60mg", "関節痛・腰痛の鎮痛"),
         ("ランソプラゾールOD錠15mg", "胃潰瘍・逆流性食道炎"), ("アトルバスタチン錠10mg", "高コレステロール血症"),
         ("ドネペジル塩酸塩OD錠5mg", "アルツハイマー型認知症の症状の進行抑制"),
         ("レボチロキシンNa錠50μg", "甲状腺機能低下症"), ("モンテルカスト錠10mg", "気管支喘息"),
         ("酸化マグネシウム錠330mg", "便秘症"), ("カロナール錠200", "頭痛・発熱"),
         ("フェキソフェナジン塩酸塩錠60mg", "アレルギー性鼻炎・じんましん"), ("ビソプロロールフマル酸塩錠2.5mg", "狭心症・不整脈"),
         ("アレンドロン酸錠35mg", "骨粗しょう症")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONF = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]

# sensitive statements: (text, subtype)
S_PHARM = [("DM・HTで内服中", "illness"), ("ワーファリン服用中", "illness"), ("人工透析（週3回）", "illness"),
           ("喘息の既往あり", "illness"), ("ペニシリンアレルギーあり", "illness"), ("腎機能低下（eGFR 38）", "illness"),
           ("緑内障のため抗コリン薬禁忌", "illness"), ("C型肝炎で治療中", "illness"), ("うつ病で心療内科通院中", "illness"),
           ("HIV陽性、専門外来で治療中", "illness"), ("てんかん発作の既往", "illness"), ("前立腺肥大症", "illness"),
           ("統合失調症で服薬中", "illness"), ("痛風発作を繰り返している", "illness"), ("心房細動あり", "illness"),
           ("身体障害者手帳1級（腎臓機能障害）", "disability"), ("聴覚障害あり、筆談で対応", "disability"),
           ("車いす使用（脊髄損傷）", "disability"), ("視覚障害のため点字シール希望", "disability"),
           ("エホバの証人のため輸血不可", "creed"), ("ムスリムのためゼラチンカプセル不可", "creed"),
           ("生活保護受給中", "social_status"), ("HT・DL・DMあり", "illness"), ("骨粗鬆症で治療中", "illness")]
S_NURSE = [("褥瘡あり（仙骨部 d2）", "illness"), ("ストーマ管理", "illness"), ("胃ろう造設", "illness"),
           ("認知症（HDS-R 15点）", "illness"), ("在宅酸素療法中（HOT 2L）", "illness"), ("末期がんで緩和ケア中", "illness"),
           ("パーキンソン病（ヤールIII）", "illness"), ("脳梗塞後遺症で左片麻痺", "illness"),
           ("糖尿病性腎症、インスリン自己注射", "illness"), ("膀胱留置カテーテル挿入中", "illness"),
           ("慢性心不全で利尿薬内服", "illness"), ("ALS、夜間NPPV使用", "illness"),
           ("精神障害者保健福祉手帳2級", "disability"), ("療育手帳A", "disability"),
           ("嚥下障害あり、とろみ剤使用", "illness"), ("COPDで労作時呼吸困難", "illness"),
           ("レビー小体型認知症", "illness"), ("関節リウマチ", "illness"), ("身体障害者手帳2級（下肢）", "disability")]
S_GYM = [("膝の手術歴あり", "illness"), ("心臓ペースメーカー使用", "illness"), ("高血圧で服薬中", "illness"),
         ("腰椎椎間板ヘルニア", "illness"), ("運動誘発性喘息", "illness"), ("2型糖尿病", "illness"),
         ("てんかんの既往あり", "illness"), ("右股関節が人工関節", "illness"), ("狭心症の既往あり", "illness"),
         ("知的障害があり家族が付き添い", "disability"), ("左下腿義足", "disability"), ("パニック障害で通院中", "illness"),
         ("不整脈（経過観察中）", "illness"), ("乳がん術後（2021年）", "illness")]
S_CHAT = [("適応障害で休職中", "illness"), ("乳がんの手術", "illness"), ("ヘルニアで通院", "illness"),
          ("うつで休職", "illness"), ("ひき逃げの被害に遭った", "crime_victim"), ("特殊詐欺の被害に遭った", "crime_victim"),
          ("ストーカー被害で警察に相談中", "crime_victim"), ("DV被害で避難中", "crime_victim"),
          ("窃盗で執行猶予中", "criminal_record"), ("前科がある", "criminal_record"), ("道交法違反で罰金刑", "criminal_record"),
          ("毎週日曜は教会の礼拝", "creed"), ("浄土真宗の門徒", "creed"), ("ラマダン中で日中は断食", "creed"),
          ("生活保護を受けている", "social_status"), ("認知症が進んで", "illness"), ("糖尿病で入院", "illness"),
          ("双極性障害の診断", "illness"), ("人工透析を始めた", "illness")]
S_EN = [("has type 2 diabetes", "illness"), ("is on warfarin", "illness"), ("uses a wheelchair", "disability"),
        ("had knee surgery in 2019", "illness"), ("is Muslim and cannot take gelatin capsules", "creed"),
        ("is on dialysis three times a week", "illness"), ("was diagnosed with depression", "illness"),
        ("has a cardiac pacemaker", "illness"), ("is hard of hearing", "disability"),
        ("was the victim of a burglary last month", "crime_victim"), ("has epilepsy", "illness"),
        ("has a history of asthma", "illness"), ("is a practising Hindu and vegetarian", "creed")]

LOOK = {
    "system-failure": ["電子薬歴システムに障害が発生", "レセコンの通信障害", "予約サイトの接続障害", "POSシステムの一時的な障害",
                       "ネットワーク障害"],
    "equipment-fault": ["分包機の故障", "ランニングマシン3番が故障中", "自動ドアの不具合", "薬用冷蔵庫の温度異常", "血圧計の故障"],
    "pet-illness": ["飼い猫が腎臓病で通院", "うちの犬がヘルニアの手術", "ペットの皮膚病", "愛犬が糖尿病"],
    "parcel-to-hospital": ["みなと総合病院 3階病棟宛て", "入院先の病院へ配送", "病院内の売店宛て"],
    "policy-category": ["要配慮個人情報（病歴、犯罪の経歴等）", "病歴・障害の有無", "信条、社会的身分、病歴", "犯罪により害を被った事実"],
    "aggregate-statistics": ["利用者の42%が高血圧症", "糖尿病が強く疑われる人は約1000万人", "会員の3割が腰痛を自覚",
                             "65歳以上の約5人に1人が認知症"],
    "minutes-health-check": ["定期健康診断は10月に実施", "ストレスチェックの実施時期", "インフルエンザ予防接種の日程",
                             "特定保健指導の案内"],
    "drug-leaflet": ["効能・効果：高血圧症", "2型糖尿病の治療に用いられます", "副作用：眠気、めまい", "胃潰瘍の治療薬"],
    "product-name": ["糖尿病食", "介護用車いす", "減塩しょうゆ（高血圧が気になる方に）", "ストーマ用品", "嚥下補助ゼリー", "大人用紙おむつ"],
    "disability-law": ["障害者差別解消法に基づく合理的配慮", "障害のある方への合理的配慮の提供"],
    "dementia-course": ["認知症サポーター養成講座", "認知症カフェ"],
    "cancer-screening": ["がん検診のお知らせ", "乳がん検診", "大腸がん検診の受診率"],
    "heatstroke": ["熱中症に注意", "熱中症警戒アラート"],
    "fraud-warning": ["詐欺被害にご注意", "還付金詐欺", "特殊詐欺の手口"],
    "religious-holiday": ["クリスマス礼拝のため休業", "ラマダン期間中の営業時間", "お盆の法要シーズン"],
    "job-ad": ["障害者雇用枠あり", "病気休暇制度あり", "宗教・信条による差別はいたしません"],
    "glossary": ["褥瘡：長時間の圧迫による皮膚の損傷", "ストーマ：人工肛門・人工膀胱", "胃ろう：胃に直接栄養を入れる方法",
                 "HDS-R：長谷川式認知症スケール"],
    "quiz-answer": ["正解は「高血圧」", "答え：認知症"],
    "news-digest": ["市内で特殊詐欺被害が相次ぐ", "県内のインフルエンザ患者数が増加", "窃盗事件の容疑者を逮捕"],
    "barrier-free": ["車いす対応トイレあり", "盲導犬・介助犬同伴可", "段差のないスロープ"],
    "medical-dept": ["内科・循環器内科", "心療内科", "整形外科"],
    "conditional-advice": ["持病のある方は事前にご相談ください", "妊娠中の方は使用を控えてください",
                           "心臓に疾患のある方はご利用をお控えください"],
    "placeholder-sample": ["既往歴：（例）高血圧", "病名欄には診断名を記入"],
    "crime-prevention": ["防犯カメラ作動中", "防犯パトロール", "空き巣被害の防止"],
    "obstacle": ["障害物を置かないでください", "通路の障害物"],
    "place-name": ["病院前バス停", "神社前交差点", "教会通り"],
    "software-bug": ["アプリの不具合（バグ）", "ログイン障害"],
    "staff-training": ["感染症対策研修", "虐待防止研修"],
    "seasonal-illness": ["花粉症シーズン", "ノロウイルスが流行"],
    "insurance-product": ["がん保険", "医療保険の給付"],
}
LOOK_EN = {
    "system-failure": ["a system outage", "the booking site was down"],
    "policy-category": ["sensitive data such as medical history or religion"],
    "aggregate-statistics": ["about 30% of members report back pain"],
    "conditional-advice": ["Members with heart conditions should consult a doctor"],
    "religious-holiday": ["closed for the Christmas service"],
    "pet-illness": ["my dog has diabetes"],
}

FW = str.maketrans("0123456789/-.:()", "０１２３４５６７８９／－．：（）")


def fw(s):
    return s.translate(FW)


def hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


KN = "〇一二三四五六七八九"


def kanjinum(n):
    if n < 10:
        return KN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else KN[t]) + "十" + ("" if o == 0 else KN[o])


def era(y, m, d):
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    if (y, m, d) >= (1926, 12, 25):
        return "昭和", "S", y - 1925
    return "大正", "T", y - 1911


JP_DSTYLES = ["jp", "jp0", "slash", "slash1", "hyph", "dot", "compact", "wk", "wk", "wk0", "wl_dot", "wl_slash",
              "wl_hyph", "wa_dot", "wa_jp", "wl_jp", "fw_jp", "fw_wk", "fw_slash", "fw_wl", "kanji", "wk_sp", "wl_dotp"]
EN_DSTYLES = ["en_dmy", "en_mdy", "en_us", "en_dmyf", "hyph", "slash", "en_mdyd", "en_dmy_dash"]
CSV_DSTYLES = ["slash", "slash1", "hyph", "compact", "wl_dot", "wl_slash", "wa_dot", "dot", "wk", "jp", "fw_slash"]


def dstr(style, y, m, d):
    k, l, n = era(y, m, d)
    ns = "元" if n == 1 else str(n)
    if style == "jp":
        return f"{y}年{m}月{d}日"
    if style == "jp0":
        return f"{y}年{m:02}月{d:02}日"
    if style == "slash":
        return f"{y}/{m:02}/{d:02}"
    if style == "slash1":
        return f"{y}/{m}/{d}"
    if style == "hyph":
        return f"{y}-{m:02}-{d:02}"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "compact":
        return f"{y}{m:02}{d:02}"
    if style == "wk":
        return f"{k}{ns}年{m}月{d}日"
    if style == "wk_sp":
        return f"{k} {n:>2}年{m:>2}月{d:>2}日".replace(" ", "\u3000")
    if style == "wk0":
        return f"{k}{n:02}年{m:02}月{d:02}日"
    if style == "wl_dot":
        return f"{l}{n}.{m}.{d}"
    if style == "wl_dotp":
        return f"{l}.{n}.{m}.{d}"
    if style == "wl_slash":
        return f"{l}{n:02}/{m:02}/{d:02}"
    if style == "wl_hyph":
        return f"{l}{n}-{m}-{d}"
    if style == "wa_dot":
        return f"{k[0]}{n}.{m}.{d}"
    if style == "wa_jp":
        return f"{k[0]}{n}年{m}月{d}日"
    if style == "wl_jp":
        return f"{l}{n}年{m}月{d}日"
    if style == "fw_jp":
        return fw(f"{y}年{m}月{d}日")
    if style == "fw_wk":
        return fw(f"{k}{ns}年{m}月{d}日")
    if style == "fw_slash":
        return fw(f"{y}/{m:02}/{d:02}")
    if style == "fw_wl":
        return fw(f"{l}{n}.{m}.{d}").replace(l, chr(ord(l) + 0xFEE0))
    if style == "kanji":
        return f"{k}{'元' if n == 1 else kanjinum(n)}年{kanjinum(m)}月{kanjinum(d)}日"
    if style == "en_dmy":
        return f"{d} {MON[m - 1]} {y}"
    if style == "en_dmy_dash":
        return f"{d:02}-{MON[m - 1]}-{y}"
    if style == "en_dmyf":
        return f"{d} {MONF[m - 1]} {y}"
    if style == "en_mdy":
        return f"{MONF[m - 1]} {d}, {y}"
    if style == "en_mdyd":
        return f"{MON[m - 1]}. {d}, {y}"
    if style == "en_us":
        return f"{m:02}/{d:02}/{y}"
    raise ValueError(style)


# ---------------------------------------------------------------- number generators


def luhn_append(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return body + str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def mynum_cd(b):
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def corp_cd(b):
    s = 0
    for n in range(1, 13):
        p = int(b[12 - n])
        s += p * (1 if n % 2 else 2)
    return 9 - s % 9


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def mynumber(rng):
    b = digits(rng, 11, True)
    return b + str(mynum_cd(b))


def bad_mynumber(rng):
    b = digits(rng, 11, True)
    c = mynum_cd(b)
    return b + str((c + rng.randint(1, 8)) % 10 if c != 0 else rng.randint(2, 9))


def is_mynumber(s):
    return len(s) == 12 and s.isdigit() and int(s[-1]) == mynum_cd(s[:11])


def corpnumber(rng):
    b = digits(rng, 12, True)
    return str(corp_cd(b)) + b


def cardnumber(rng):
    return luhn_append(rng.choice(["4", "5"]) + digits(rng, 14))


def bad_card(rng):
    while True:
        s = digits(rng, 16, True)
        if not luhn_ok(s):
            return s


def insurer_no(rng, kind=None):
    kind = kind or rng.choice(["kyokai", "kumiai", "kyosai", "kokuho", "koki"])
    pref = f"{rng.randint(1, 47):02}"
    if kind == "kyokai":
        return luhn_append("01" + pref + digits(rng, 3))
    if kind == "kumiai":
        return luhn_append("06" + pref + digits(rng, 3))
    if kind == "kyosai":
        return luhn_append(rng.choice(["31", "32", "33", "34"]) + pref + digits(rng, 3))
    if kind == "koki":
        return luhn_append("39" + pref + digits(rng, 3))
    return luhn_append(pref + digits(rng, 3))  # 国保 6 digits


def kigou(rng):
    r = rng.random()
    if r < 0.35:
        return digits(rng, rng.choice([5, 7, 8]), True)
    if r < 0.55:
        return str(rng.randint(1, 999))
    if r < 0.75:
        return rng.choice(["世田", "練", "国", "東京", "横浜", "千", "浦"]) + str(rng.randint(1, 99))
    if r < 0.9:
        return rng.choice(["ＡＢ", "ＳＫ", "東京"]) + fw(str(rng.randint(10, 999)))
    return rng.choice(["A", "KT", "MS"]) + str(rng.randint(10, 999))


def bangou(rng):
    return str(rng.randint(1, 9999999)) if rng.random() < 0.7 else digits(rng, rng.choice([6, 7, 8]), True)


def edaban(rng):
    return rng.choice(["00", "01", "01", "02", "03"])


def kohi_futan(rng):
    return luhn_append(rng.choice(["54", "21", "15", "12", "51", "52", "80"]) + f"{rng.randint(1, 47):02}" + digits(rng, 3))


def kohi_jukyu(rng):
    return luhn_append(digits(rng, 6))


def kaigo_no(rng):
    return digits(rng, 10) if rng.random() < 0.5 else "00" + digits(rng, 8)


def passport(rng):
    return rng.choice(["TK", "TR", "MZ", "TS", "RE", "NP", "FA", "EB", "PA", "XN"]) + digits(rng, 7)


def rescard(rng):
    L2 = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(L2) + rng.choice(L2) + digits(rng, 8) + rng.choice(L2) + rng.choice(L2)


def pension(rng):
    return digits(rng, 4, True) + "-" + digits(rng, 6)


def postal(rng, style=None):
    a, b = digits(rng, 3, True), digits(rng, 4)
    style = style or rng.choice(["mark", "mark", "plain", "fw", "mark_fw", "compact"])
    if style == "mark":
        return "〒" + a + "-" + b, True
    if style == "mark_fw":
        return "〒" + fw(a + "-" + b), True
    if style == "plain":
        return a + "-" + b, False
    if style == "fw":
        return fw(a + "-" + b), False
    return a + b, False


def phone_groups(rng, kind):
    if kind == "mobile":
        return [rng.choice(["090", "080", "070"]), str(rng.randint(1000, 9999)), digits(rng, 4)]
    if kind == "free":
        return ["0120", digits(rng, 3, True), digits(rng, 3)]
    if kind == "unalloc":
        return [rng.choice(["090", "080", "070"]), "0" + digits(rng, 3), digits(rng, 4)]
    a, l1, l2 = rng.choice(LAND)
    return [a, str(rng.randint(2, 9)) + digits(rng, l1 - 1), digits(rng, l2)]


def phone_fmt(g, style):
    if g[0] == "0120" and style.startswith("intl"):
        style = "hyph"
    if style == "hyph":
        return "-".join(g)
    if style == "plain":
        return "".join(g)
    if style == "paren":
        return f"{g[0]}({g[1]}){g[2]}"
    if style == "paren_area":
        return f"({g[0]}){g[1]}-{g[2]}"
    if style == "fw":
        return fw("-".join(g))
    if style == "space":
        return " ".join(g)
    if style == "intl_hyph":
        return "+81-" + g[0][1:] + "-" + g[1] + "-" + g[2]
    if style == "intl_plain":
        return "+81" + "".join(g)[1:]
    if style == "intl_0":
        return "+81(0)" + g[0][1:] + "-" + g[1] + "-" + g[2]
    if style == "intl_space":
        return "+81 " + g[0][1:] + " " + g[1] + " " + g[2]
    raise ValueError(style)


PSTYLES_JP = ["hyph"] * 6 + ["plain", "plain", "paren", "paren_area", "fw", "fw", "space", "intl_hyph", "intl_plain",
                              "intl_0"]
PSTYLES_EN = ["hyph", "intl_hyph", "intl_plain", "intl_0", "intl_space", "space", "paren_area"]


def PH(rng, kind=None, styles=PSTYLES_JP, labelled=True):
    kind = kind or rng.choice(["mobile", "mobile", "land", "land", "free"])
    if kind == "mobile" and labelled and rng.random() < 0.08:
        return E("PHONE", phone_fmt(phone_groups(rng, "unalloc"), rng.choice(["hyph", "plain", "fw"])),
                 note="unallocated mobile range (validator fails)")
    return E("PHONE", phone_fmt(phone_groups(rng, kind), rng.choice(styles)))


def email_for(rng, p=None, role=False):
    doms = ["example.jp", "example.com", "mail.example.ne.jp", "sakura-ph.example.jp", "rise24.example.com",
            "docomo.example.ne.jp", "ezweb.example.ne.jp", "gmail.example.com"]
    if role or p is None:
        return rng.choice(["info", "support", "order", "yoyaku", "honmachi", "kango", "shop", "noreply"]) + "@" + \
            rng.choice(doms[3:5] + ["shop.example.jp"])
    given, sur = p["giv_r"].lower(), p["sur_r"].lower()
    loc = rng.choice([f"{given}.{sur}", f"{sur}.{given}", f"{given[0]}-{sur}", f"{sur}{rng.randint(1, 99)}",
                      f"{given}_{rng.randint(1960, 2005)}", f"{sur[:3]}{given[:3]}"])
    return loc + "@" + rng.choice(doms)


# ---------------------------------------------------------------- people


def mkperson(rng, age=(20, 75), foreign=False):
    s = rng.choice(SUR)
    g = rng.choice(GIV)
    y = REF_YEAR - rng.randint(*age)
    p = {"sur": s[0], "sur_k": s[1], "sur_r": s[2], "giv": g[0], "giv_k": g[1], "giv_r": g[2],
         "y": y, "m": rng.randint(1, 12), "d": rng.randint(1, 28), "foreign": None}
    if foreign:
        f = rng.choice(FOREIGN)
        p["foreign"] = f
        parts = f[0].split()
        p["sur_r"], p["giv_r"] = parts[0].title(), " ".join(parts[1:]).title()
        p["sur"] = f[1].split("・")[0]
    return p


def fullname(rng, p, sep=None):
    if p["foreign"]:
        return rng.choice([p["foreign"][0], p["foreign"][1]])
    if sep is None:
        sep = rng.choice(["", "", " ", "\u3000"])
    return p["sur"] + sep + p["giv"]


def kana(rng, p, h=None):
    if p["foreign"]:
        return p["foreign"][1]
    sep = rng.choice([" ", "\u3000", ""])
    s = p["sur_k"] + sep + p["giv_k"]
    if h is None:
        h = rng.random() < 0.4
    return hira(s) if h else s


def romaji(rng, p):
    if p["foreign"]:
        return p["foreign"][0] if rng.random() < 0.5 else p["foreign"][0].title()
    return rng.choice([f"{p['giv_r']} {p['sur_r']}", f"{p['sur_r'].upper()} {p['giv_r'].upper()}",
                       f"{p['sur_r']} {p['giv_r']}"])


def NM(rng, p, sep=None):
    return E("PERSON", fullname(rng, p, sep))


def SN(p):
    return E("PERSON", p["sur"])


def dob(rng, p, styles=JP_DSTYLES, note=None):
    return E("DATE_OF_BIRTH", dstr(rng.choice(styles), p["y"], p["m"], p["d"]), note=note)


def odate(rng, styles=JP_DSTYLES, years=(2022, 2025), kind="ordinary-date"):
    st = rng.choice(styles)
    if st in ("kanji", "wk_sp"):
        st = "wk"
    y = rng.randint(*years)
    return H(dstr(st, y, rng.randint(1, 12), rng.randint(1, 28)), kind)


def address(rng, pref=True):
    p, c, t = rng.choice(ADDR)
    a, b, g = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25)
    st = rng.random()
    if st < 0.35:
        s = f"{t}{a}丁目{b}番{g}号"
    elif st < 0.7:
        s = f"{t}{a}-{b}-{g}"
    elif st < 0.85:
        s = f"{t}{fw(f'{a}-{b}-{g}')}"
    else:
        s = f"{t}{a}丁目{b}-{g}"
    if rng.random() < 0.45:
        s += rng.choice([" ", "\u3000", ""]) + rng.choice(BLDG) + (
            f"{rng.randint(1, 9)}0{rng.randint(1, 9)}号室" if rng.random() < 0.5 else f" {rng.randint(1, 9)}0{rng.randint(1, 9)}")
    return E("ADDRESS", (p + c if pref else c) + s)


def sens(rng, pool):
    t, sub = rng.choice(pool)
    return E("SENSITIVE", t, sub)


def look(rng, kinds=None):
    k = rng.choice(kinds or list(LOOK))
    return L(rng.choice(LOOK[k]), k)


def look_en(rng):
    k = rng.choice(list(LOOK_EN))
    return L(rng.choice(LOOK_EN[k]), k)


# hard negatives
def hn_code(rng, kind=None):
    kind = kind or rng.choice(["order-number", "tracking-number", "invoice-number", "jan-code", "non-luhn-16",
                               "non-mynumber-12", "amount", "version", "product-code", "room-number", "rx-number",
                               "drug-code", "lot-number", "member-id", "institution-code", "model-number"])
    if kind == "order-number":
        v = rng.choice([f"ORD-{REF_YEAR}{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(1, 9999):04}",
                        f"#{rng.randint(100000, 999999)}", f"SK{digits(rng, 9)}"])
    elif kind == "tracking-number":
        while True:
            b = digits(rng, 12, True)
            if not is_mynumber(b):
                break
        v = rng.choice([b[:4] + "-" + b[4:8] + "-" + b[8:], b])
    elif kind == "invoice-number":
        v = f"INV-{rng.randint(2022, 2025)}-{rng.randint(1, 99999):05}"
    elif kind == "jan-code":
        b = "49" + digits(rng, 10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        v = b + str((10 - s % 10) % 10)
        if int(v[0]) == corp_cd(v[1:]):
            v = "45" + v[2:-1] + v[-1]
    elif kind == "non-luhn-16":
        s = bad_card(rng)
        v = rng.choice([s, " ".join(s[i:i + 4] for i in range(0, 16, 4)), "-".join(s[i:i + 4] for i in range(0, 16, 4))])
    elif kind == "non-mynumber-12":
        v = bad_mynumber(rng)
    elif kind == "amount":
        v = rng.choice([f"¥{rng.randint(1, 99)},{rng.randint(0, 999):03}", f"{rng.randint(100, 99999):,}円",
                        f"{rng.randint(1, 30)}万円"])
    elif kind == "version":
        v = rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", f"Ver.{rng.randint(1, 12)}.{rng.randint(0, 99)}"])
    elif kind == "product-code":
        v = rng.choice(["SKU-", "PRD-", "DM-"]) + f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    elif kind == "room-number":
        v = rng.choice(["研修室", "会議室", "第"]) + f"{rng.randint(1, 9)}0{rng.randint(1, 9)}" + rng.choice(["", "号室"])
        if v.startswith("第"):
            v += "会議室" if not v.endswith("号室") else ""
    elif kind == "rx-number":
        v = f"{REF_YEAR}-{rng.randint(1, 12):02}{rng.randint(1, 28):02}-{rng.randint(1, 999):03}"
    elif kind == "drug-code":
        v = f"{rng.randint(1000, 3999)}{rng.randint(0, 999):03}{rng.choice('FMCQ')}{rng.randint(1000, 9999)}"
    elif kind == "lot-number":
        v = f"LOT {rng.randint(20, 25)}{rng.choice('ABCDEF')}{rng.randint(1000, 9999)}"
    elif kind == "member-id":
        v = f"R24-{rng.randint(1, 99999):05}"
    elif kind == "institution-code":
        v = f"{rng.randint(1, 47):02}{rng.randint(10000, 99999)}"
    else:
        v = f"{rng.choice(['WC', 'BP', 'TM'])}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    return H(v, kind)


# ---------------------------------------------------------------- layout helpers

SEPS = {"colon": ["：", "：", ": ", "："], "bracket": None, "above": None, "tab": None, "md": None, "box": None}


def form(doc, rng, fields, layout=None):
    layout = layout or rng.choice(["colon", "colon", "bracket", "above", "tab", "md", "box", "dots"])
    sep = rng.choice(["：", ": ", "："])
    if layout == "md":
        doc.ln("| 項目 | 内容 |")
        doc.ln("|---|---|")
    for lab, val in fields:
        if layout == "colon":
            doc.ln(lab, sep, val)
        elif layout == "bracket":
            doc.ln("【", lab, "】", val)
        elif layout == "above":
            doc.ln(lab)
            doc.ln(val)
        elif layout == "tab":
            doc.ln(lab, "\t", val)
        elif layout == "md":
            doc.ln("| ", lab, " | ", val, " |")
        elif layout == "box":
            doc.ln("■", lab, "\u3000", val)
        else:
            doc.ln(lab, "……", val)
    return layout


def ins_fields(rng, elderly=False):
    f = []
    full = rng.random() < 0.15
    g = (lambda s: fw(s)) if full else (lambda s: s)
    if elderly and rng.random() < 0.6:
        f.append((rng.choice(["保険者番号", "保険者番号（後期高齢者）"]), E("HEALTH_INSURANCE", g(insurer_no(rng, "koki")))))
        f.append(("被保険者番号", E("HEALTH_INSURANCE", g(digits(rng, 8, True)))))
        return f
    ino = insurer_no(rng)
    if rng.random() < 0.07:
        ino = ino[:-1] + str((int(ino[-1]) + 3) % 10)
        f.append(("保険者番号", E("HEALTH_INSURANCE", g(ino), note="check digit wrong")))
    else:
        f.append((rng.choice(["保険者番号", "保険者No.", "保険者番号（8桁）" if len(ino) == 8 else "保険者番号"]),
                  E("HEALTH_INSURANCE", g(ino))))
    k, b, e = kigou(rng), bangou(rng), edaban(rng)
    v = rng.randint(0, 5)
    if v == 0:
        f += [("記号", E("HEALTH_INSURANCE", g(k))), ("番号", E("HEALTH_INSURANCE", g(b)))]
        if rng.random() < 0.6:
            f.append(("枝番", E("HEALTH_INSURANCE", e)))
    elif v == 1:
        f.append(("記号・番号", [E("HEALTH_INSURANCE", g(f"{k}-{b}"))] +
                  ([f"（枝番 ", E("HEALTH_INSURANCE", e), "）"] if rng.random() < 0.5 else [])))
    elif v == 2:
        f.append(("被保険者証", ["記号：", E("HEALTH_INSURANCE", g(k)), rng.choice(["\u3000", " ", "　　"]), "番号：",
                                E("HEALTH_INSURANCE", g(b))]))
    elif v == 3:
        f.append(("記号番号", [E("HEALTH_INSURANCE", g(k)), rng.choice(["・", " ", "\u3000"]), E("HEALTH_INSURANCE", g(b))]))
    elif v == 4:
        f.append(("被保険者証 記号", E("HEALTH_INSURANCE", g(k))))
        f.append(("被保険者証 番号", [E("HEALTH_INSURANCE", g(b)), "（枝番：", E("HEALTH_INSURANCE", e), "）"]))
    else:
        f.append(("記号・番号", E("HEALTH_INSURANCE", g(f"{k}・{b}"))))
    return f


def kohi_fields(rng):
    return [(rng.choice(["公費負担者番号", "公費負担者番号①", "負担者番号"]), E("HEALTH_INSURANCE", kohi_futan(rng))),
            (rng.choice(["公費負担医療の受給者番号", "受給者番号"]), E("HEALTH_INSURANCE", kohi_jukyu(rng)))]


def age_of(p):
    return REF_YEAR - p["y"] - 1 + (1 if p["m"] < 6 else 0)


def footer(doc, rng, org=None):
    org = org or rng.choice(PHARMS)
    doc.ln("")
    doc.ln("――――――――――――――")
    doc.ln(org)
    if rng.random() < 0.8:
        pc, _ = postal(rng, rng.choice(["mark", "mark_fw"]))
        doc.ln(E("POSTAL_CODE", pc), " ", address(rng))
    doc.ln(rng.choice(["TEL ", "TEL：", "電話 ", "Tel. "]), PH(rng, "land"), rng.choice(["　FAX ", " / FAX：", "  FAX "]),
           PH(rng, "land"))
    if rng.random() < 0.5:
        doc.ln("Mail: ", E("EMAIL", email_for(rng, role=True)))


DOB_LABELS = ["生年月日", "生年月日", "誕生日", "お誕生日", "生年月日", "生年月日（年齢）", "生 年 月 日", "Date of Birth",
              "生年月日/DOB"]
PHONE_LABELS = ["電話番号", "TEL", "携帯", "携帯電話", "連絡先", "電話", "ご連絡先電話番号", "自宅TEL", "携帯番号"]


def postal_field(rng):
    pc, _ = postal(rng)
    return (rng.choice(["郵便番号", "〒", "郵便番号（7桁）"]) if not pc.startswith("〒") else "住所（郵便番号）", E("POSTAL_CODE", pc))


# ---------------------------------------------------------------- documents


def d_rx(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (3, 95))
    dr = mkperson(rng, (30, 70))
    pharm = rng.choice(PHARMS)
    doc.ln(rng.choice(["処方箋受付票", "【処方せん受付票】", f"{pharm}　処方箋受付票", "初回質問票 兼 処方箋受付票"]))
    doc.ln("受付日：", odate(rng), "　受付No.", hn_code(rng, "rx-number"))
    doc.ln("")
    f = [(rng.choice(["患者氏名", "お名前", "氏名", "氏　名"]), [NM(rng, p), rng.choice(["", " 様", "（様）"])]),
         (rng.choice(["フリガナ", "ふりがな"]), E("PERSON", kana(rng, p)))]
    f.append((rng.choice(DOB_LABELS[:7]), [dob(rng, p), rng.choice(["", f"（{age_of(p)}歳）", f" 満{age_of(p)}歳"])]))
    f.append(("性別", rng.choice(["男", "女", "男・女（○をつける）"])))
    if rng.random() < 0.8:
        f.append(postal_field(rng))
    f.append(("住所", address(rng)))
    f.append((rng.choice(PHONE_LABELS), PH(rng, rng.choice(["mobile", "land"]))))
    f += ins_fields(rng, p["y"] < 1950)
    if rng.random() < 0.3:
        f += kohi_fields(rng)
    cl = rng.choice(CLINICS)
    f.append(("処方医療機関", [H(cl, "org-name-with-surname") if cl in CLINIC_SURNAME else cl, "（医療機関コード ",
                               hn_code(rng, "institution-code"), "）"]))
    f.append(("処方医", [NM(rng, dr), rng.choice([" 医師", " 先生", ""])]))
    f.append(("処方日", odate(rng)))
    f.append(("調剤日", odate(rng)))
    if rng.random() < 0.6:
        f.append(("次回予約", odate(rng)))
    lay = form(doc, rng, f)
    doc.ln("")
    doc.ln("＜処方内容＞")
    for dname, _ in rng.sample(DRUGS, rng.randint(1, 4)):
        doc.ln("・", dname, f"　1日{rng.randint(1, 3)}回　{rng.choice([7, 14, 28, 30, 56])}日分")
    doc.ln("")
    doc.ln(rng.choice(["薬剤師メモ：", "備考：", "【特記事項】", "アレルギー・既往歴："]))
    notes = rng.sample(S_PHARM, rng.randint(1, 2))
    for t, sub in notes:
        doc.ln(rng.choice(["", "・", "※"]), E("SENSITIVE", t, sub), rng.choice(["。", "", "。併用注意を確認。", "（本人申告）"]))
    if rng.random() < 0.4:
        doc.ln("※", look(rng, ["system-failure", "equipment-fault"]), "のため、手書きで受付。")
    if rng.random() < 0.3:
        doc.ln("後発品希望：", rng.choice(["あり", "なし"]), "　お薬手帳：", rng.choice(["持参", "忘れ", "電子版"]))
    ph = mkperson(rng, (25, 60))
    doc.ln("担当薬剤師：", rng.choice([SN(ph), NM(rng, ph)]))
    footer(doc, rng, pharm)
    return "rx", doc, "rx-reception-" + lay


def d_techo(rng, i):
    doc = Doc()
    p = mkperson(rng, (20, 95))
    doc.ln("# お薬手帳メモ")
    doc.ln("")
    doc.ln("- 名前: ", NM(rng, p), rng.choice([" さん", " 様", ""]))
    doc.ln("- ", rng.choice(["生年月日", "誕生日", "生年月日（和暦）"]), ": ", dob(rng, p))
    if rng.random() < 0.5:
        doc.ln("- 連絡先: ", PH(rng, "mobile"))
    doc.ln("- 調剤日: ", odate(rng))
    doc.ln("- 薬局: ", rng.choice(PHARMS))
    doc.ln("")
    doc.ln("## 今回のお薬")
    doc.ln("")
    doc.ln("| 薬品名 | 用法 | 日数 |")
    doc.ln("|---|---|---|")
    for dn, _ in rng.sample(DRUGS, rng.randint(2, 4)):
        doc.ln(f"| {dn} | {rng.choice(['朝食後', '朝夕食後', '就寝前', '毎食後'])} | {rng.choice([14, 28, 30])}日 |")
    doc.ln("")
    doc.ln("## 薬剤師からのひとこと")
    t, sub = rng.choice(S_PHARM)
    doc.ln(rng.choice(["", "副作用歴なし。"]), E("SENSITIVE", t, sub), "のため、",
           rng.choice(["用量を確認しました。", "市販薬の併用は相談してください。", "次回も検査値を確認します。"]))
    if rng.random() < 0.5:
        doc.ln(rng.choice(["ご家族から：", "メモ："]), look(rng, ["pet-illness", "heatstroke", "seasonal-illness"]),
               "と話されていた。")
    doc.ln("")
    doc.ln("次回予定日: ", odate(rng), "　有効期限: ", odate(rng))
    doc.ln("薬剤師 ", SN(mkperson(rng)))
    return "techo", doc, "okusuri-techo-md"


def d_nursing(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (62, 101))
    fam = mkperson(rng, (30, 70))
    fam["sur"], fam["sur_k"], fam["sur_r"] = p["sur"], p["sur_k"], p["sur_r"]
    ns = mkperson(rng, (25, 60))
    doc.ln(rng.choice(["訪問看護記録書Ⅱ", "訪問看護記録", "【訪問看護 経過記録】"]), "　", STATION)
    f = [("訪問日", [odate(rng), f"　{rng.randint(9, 16)}:{rng.choice(['00', '15', '30', '45'])}〜"
                      f"{rng.randint(10, 17)}:{rng.choice(['00', '30'])}"]),
         (rng.choice(["利用者氏名", "利用者名", "ご利用者"]), [NM(rng, p), rng.choice([" 様", "", " 殿"])]),
         (rng.choice(DOB_LABELS[:6]), dob(rng, p)),
         ("介護保険被保険者番号", E("HEALTH_INSURANCE", kaigo_no(rng))),
         ("要介護度", rng.choice(["要介護1", "要介護2", "要介護3", "要支援2", "要介護4"])),
         ]
    f += ins_fields(rng, True)
    f.append(("訪問看護師", NM(rng, ns)))
    form(doc, rng, f, rng.choice(["colon", "bracket", "above", "box"]))
    doc.ln("")
    doc.ln("＜主な疾患・状態＞")
    for t, sub in rng.sample(S_NURSE, rng.randint(1, 3)):
        doc.ln("・", E("SENSITIVE", t, sub))
    doc.ln("")
    doc.ln("＜バイタル＞ BT 36.", str(rng.randint(2, 9)), "℃　BP ", f"{rng.randint(100, 160)}/{rng.randint(55, 95)}",
           "　P ", str(rng.randint(55, 99)), "　SpO2 ", str(rng.randint(90, 99)), "%")
    doc.ln("＜記録＞")
    t, sub = rng.choice(S_NURSE)
    doc.ln(rng.choice(["本日、", "訪問時、", ""]), E("SENSITIVE", t, sub), rng.choice(["について家族に指導。", "の状態を観察。変化なし。",
                                                                              "。医師へ報告済み。"]))
    if rng.random() < 0.5:
        doc.ln("家族より「", look(rng, ["pet-illness", "fraud-warning", "heatstroke"]), "」との話あり。")
    doc.ln("")
    doc.ln("＜家族・緊急連絡先＞")
    rel = rng.choice(["長女", "長男", "妻", "夫", "次女", "嫁"])
    if rng.random() < 0.5:
        doc.ln(rel, "　", NM(rng, fam), "（", rng.choice(["生年月日 ", ""]), dob(rng, fam), rng.choice(["生", "生まれ", ""]), "）　",
               PH(rng, "mobile"))
    else:
        doc.ln("主介護者：", rel, " ", E("PERSON", fam["giv"]), "さん　携帯 ", PH(rng, "mobile"))
    doc.ln("次回訪問予定：", odate(rng), "　記録者：", SN(ns))
    return "nursing", doc, "nursing-record"


def d_careplan(rng, i):
    doc = Doc()
    p = mkperson(rng, (65, 100))
    cm = mkperson(rng, (30, 60))
    doc.ln("# 居宅サービス計画書（1）")
    doc.ln("")
    doc.ln("| 利用者名 | 生年月日 | 住所 | 作成日 |")
    doc.ln("|---|---|---|---|")
    doc.ln("| ", NM(rng, p), " 様 | ", dob(rng, p, CSV_DSTYLES + ["wk"]), " | ", address(rng), " | ", odate(rng), " |")
    doc.ln("")
    doc.ln("- 居宅介護支援事業者: ", STATION, "（担当ケアマネジャー ", NM(rng, cm), "）")
    doc.ln("- 認定日: ", odate(rng), " / 認定の有効期間: ", odate(rng), " 〜 ", odate(rng))
    doc.ln("- 被保険者番号: ", E("HEALTH_INSURANCE", kaigo_no(rng)))
    doc.ln("")
    doc.ln("## 利用者及び家族の生活に対する意向")
    t, sub = rng.choice(S_NURSE)
    doc.ln("本人：", E("SENSITIVE", t, sub), "があるが、できるだけ自宅で過ごしたい。")
    doc.ln("家族：", rng.choice(["仕事があるため日中は見守りが難しい。", "週末は長女が来訪予定。", "通院の付き添いを続けたい。"]))
    doc.ln("")
    doc.ln("## 総合的な援助の方針")
    doc.ln(rng.choice(["服薬管理と", "転倒予防と", "栄養管理と"]), E("SENSITIVE", *rng.choice(S_NURSE)), "への対応を中心に支援する。")
    doc.ln("福祉用具：", look(rng, ["product-name"]), "をレンタル。", look(rng, ["barrier-free", "heatstroke"]), "。")
    doc.ln("")
    doc.ln("| サービス | 事業所 | 頻度 |")
    doc.ln("|---|---|---|")
    doc.ln("| 訪問看護 | ", STATION, " | 週2回 |")
    doc.ln("| 居宅療養管理指導 | ", rng.choice(PHARMS), " | 月2回 |")
    doc.ln("| 通所介護 | デイサービスあおば | 週1回 |")
    return "careplan", doc, "careplan-md-table"


def d_gym(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (16, 80))
    en = rng.random() < 0.2
    if en:
        doc.ln(GYM, " - Membership Application")
        doc.ln("Application date: ", odate(rng, EN_DSTYLES))
        f = [("Name", E("PERSON", romaji(rng, p))), (rng.choice(["Date of birth", "DOB", "Birthday", "Birth date"]),
                                                     dob(rng, p, EN_DSTYLES)),
             ("Mobile", PH(rng, "mobile", PSTYLES_EN)), ("E-mail", E("EMAIL", email_for(rng, p))),
             ("Address", address(rng)), ("Start date", odate(rng, EN_DSTYLES))]
        for lab, v in f:
            doc.ln(lab, ": ", v)
        doc.ln("")
        doc.ln("Health questionnaire")
        doc.ln("Q1. Do you have any medical conditions? Yes - member ", E("SENSITIVE", *rng.choice(S_EN)), ".")
        doc.ln("Q2. ", look_en(rng), ".")
        doc.ln("Emergency contact: ", NM(rng, mkperson(rng)), " (", rng.choice(["spouse", "mother", "father", "friend"]), ") ",
               PH(rng, "mobile", PSTYLES_EN))
        return "gym", doc, "gym-application-en"
    doc.ln(rng.choice(["入会申込書", "会員登録票", f"{GYM} 会員登録票"]))
    doc.ln("入会日：", odate(rng, kind="ordinary-date"), "　会員番号：", hn_code(rng, "member-id"))
    f = [(rng.choice(["会員氏名", "お名前", "氏名"]), NM(rng, p)), ("フリガナ", E("PERSON", kana(rng, p, False))),
         (rng.choice(DOB_LABELS), dob(rng, p)), ("性別", rng.choice(["男性", "女性", "回答しない"])),
         (rng.choice(PHONE_LABELS), PH(rng, "mobile")), ("メールアドレス", E("EMAIL", email_for(rng, p))),
         postal_field(rng), ("ご住所", address(rng))]
    if rng.random() < 0.3:
        f.append(("勤務先電話", PH(rng, "land")))
    lay = form(doc, rng, f)
    doc.ln("")
    doc.ln("◆健康状態に関する質問票（", look(rng, ["conditional-advice"]), "）")
    qs = ["現在治療中の病気はありますか", "手術歴はありますか", "医師から運動を制限されていますか", "服用中の薬はありますか"]
    for q in rng.sample(qs, 3):
        if rng.random() < 0.55:
            doc.ln("Q. ", q, "　→ はい（", E("SENSITIVE", *rng.choice(S_GYM)), "）")
        else:
            doc.ln("Q. ", q, "　→ いいえ")
    if rng.random() < 0.5:
        doc.ln("スタッフ記入欄：", E("SENSITIVE", *rng.choice(S_GYM)), "のため、", rng.choice(["負荷は軽めで開始。", "水中歩行を推奨。", "主治医の同意書を確認。"]))
    if rng.random() < 0.35:
        fm = mkperson(rng, (5, 17))
        fm["sur"] = p["sur"]
        doc.ln("家族会員：", rng.choice(["長男", "長女", "次男"]), " ", E("PERSON", fm["giv"]), "（生年月日 ", dob(rng, fm), "）")
    doc.ln("")
    doc.ln("緊急連絡先：", NM(rng, mkperson(rng)), "（", rng.choice(["配偶者", "母", "父", "兄"]), "）", PH(rng, "mobile"))
    doc.ln("受付スタッフ：", SN(mkperson(rng)))
    if rng.random() < 0.4:
        doc.ln("※", look(rng, ["equipment-fault", "barrier-free", "heatstroke"]))
    return "gym", doc, "gym-registration-" + lay


def d_gym_csv(rng, i):
    delim = "," if rng.random() < 0.75 else "\t"
    doc = Doc("\r\n" if rng.random() < 0.6 else "\n")
    hdr_dob = rng.choice(["生年月日", "誕生日", "birthday", "Birthday", "生年月日(和暦)", "DOB", "お誕生日"])
    hdr_ph = rng.choice(["電話番号", "携帯", "TEL", "携帯番号", "mobile"])
    cols = ["会員番号", "氏名", "フリガナ", hdr_dob, "性別", hdr_ph, "入会日", "プラン", rng.choice(["既往歴・備考", "メモ", "備考", "健康状態"])]
    doc.row(cols, delim)
    dst = rng.choice(CSV_DSTYLES)
    for _ in range(rng.randint(6, 18)):
        p = mkperson(rng, (16, 80))
        r = rng.random()
        if r < 0.45:
            memo = [E("SENSITIVE", *rng.choice(S_GYM))]
        elif r < 0.6:
            memo = [look(rng, ["pet-illness", "equipment-fault", "conditional-advice"])]
        elif r < 0.7:
            memo = ["体験から入会, 紹介キャンペーン適用"]
        else:
            memo = [""]
        doc.row([hn_code(rng, "member-id"), NM(rng, p), E("PERSON", kana(rng, p)), E("DATE_OF_BIRTH", dstr(dst, p["y"], p["m"], p["d"])),
                 rng.choice(["M", "F", "男", "女"]), PH(rng, "mobile", ["hyph", "plain", "hyph", "intl_plain"]),
                 odate(rng, [dst] if dst not in ("wk",) else ["slash"]),
                 rng.choice(["レギュラー", "デイタイム", "ナイト", "家族割"]), memo], delim)
    return "gym_csv", doc, ("csv" if delim == "," else "tsv") + "-birthday-header"


def d_staff_csv(rng, i):
    delim = "," if rng.random() < 0.7 else "\t"
    doc = Doc("\r\n" if rng.random() < 0.6 else "\n")
    hdr_dob = rng.choice(["生年月日", "誕生日", "生年月日（西暦）", "Date of Birth"])
    cols = ["社員番号", "氏名", "ローマ字", "所属", hdr_dob, "入社日", "携帯電話", "健保記号", "健保番号", "基礎年金番号",
            "在留カード番号", "旅券番号", "在留期限"]
    with_mn = rng.random() < 0.3
    if with_mn:
        cols.append("個人番号")
    doc.row(cols, delim)
    dst = rng.choice(CSV_DSTYLES + ["en_dmy"])
    for _ in range(rng.randint(5, 14)):
        fo = rng.random() < 0.45
        p = mkperson(rng, (19, 65), fo)
        row = [f"S{rng.randint(1000, 9999)}", E("PERSON", fullname(rng, p) if not fo else p["foreign"][1]),
               E("PERSON", p["foreign"][0] if fo else f"{p['sur_r'].upper()} {p['giv_r'].upper()}"),
               rng.choice(["本町店", "駅前店", "訪問看護", "ジム", "通販"]), E("DATE_OF_BIRTH", dstr(dst, p["y"], p["m"], p["d"])),
               odate(rng, [dst], (2010, 2024)), PH(rng, "mobile", ["hyph", "plain"]),
               E("HEALTH_INSURANCE", kigou(rng)), E("HEALTH_INSURANCE", bangou(rng)), E("PENSION_NUMBER", pension(rng)),
               E("RESIDENCE_CARD", rescard(rng)) if fo else "", E("PASSPORT", passport(rng)) if fo or rng.random() < 0.2 else "",
               odate(rng, [dst], (2025, 2029)) if fo else ""]
        if with_mn:
            row.append(E("MY_NUMBER", mynumber(rng)))
        doc.row(row, delim)
    return "staff_csv", doc, ("csv" if delim == "," else "tsv") + "-staff-roster"


def d_staff_form(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (19, 50), True)
    bi = rng.random() < 0.5
    doc.ln(rng.choice(["外国人従業員 登録票", "雇用時確認票（在留カード・旅券）", "Foreign staff record / 外国人スタッフ記録"]))
    doc.ln("作成日：", odate(rng), "　作成者：", NM(rng, mkperson(rng)))
    doc.ln("")
    rc, pp = rescard(rng), passport(rng)
    f = [("氏名 / Name" if bi else "氏名", E("PERSON", p["foreign"][0])),
         ("カナ", E("PERSON", p["foreign"][1])),
         ("国籍・地域 / Nationality" if bi else "国籍・地域", p["foreign"][2] if not bi else f"{p['foreign'][2]} / {p['foreign'][3]}"),
         ("生年月日 / Date of birth" if bi else "生年月日", dob(rng, p, EN_DSTYLES if bi else JP_DSTYLES)),
         ("在留カード番号 / Residence card No." if bi else "在留カード番号", E("RESIDENCE_CARD", rc)),
         ("在留資格", rng.choice(["特定技能1号", "技術・人文知識・国際業務", "留学（資格外活動許可あり）", "家族滞在"])),
         ("在留期間（満了日）", odate(rng, years=(2025, 2029))),
         ("旅券番号 / Passport No." if bi else "旅券番号", E("PASSPORT", pp)),
         ("旅券有効期限", odate(rng, years=(2026, 2033))),
         ("携帯電話 / Mobile" if bi else "携帯電話", PH(rng, "mobile")),
         ("住所", address(rng)),
         ("健康保険", ["記号 ", E("HEALTH_INSURANCE", kigou(rng)), " 番号 ", E("HEALTH_INSURANCE", bangou(rng))]),
         ("基礎年金番号", E("PENSION_NUMBER", pension(rng))),
         ("入社日", odate(rng, years=(2019, 2024)))]
    if rng.random() < 0.4:
        f.append(("個人番号", E("MY_NUMBER", mynumber(rng))))
    lay = form(doc, rng, f, rng.choice(["colon", "above", "tab", "md", "bracket"]))
    doc.ln("")
    doc.ln("確認事項：在留カード原本を確認（", rng.choice(["表面・裏面", "裏面の資格外活動欄"]), "）。")
    if rng.random() < 0.4:
        doc.ln("配慮事項：", E("SENSITIVE", *rng.choice([("ムスリムのため勤務中に礼拝時間を確保", "creed"),
                                                       ("ハラール食のみ", "creed"), ("ヒンドゥー教徒のため牛肉不可", "creed")])))
    if rng.random() < 0.4:
        doc.ln("備考：", look(rng, ["staff-training", "minutes-health-check"]), "の案内を配布済み")
    return "staff_form", doc, "staff-foreign-" + lay + ("-bilingual" if bi else "")


def d_orders(rng, i):
    delim = ","
    doc = Doc("\r\n")
    nohdr = rng.random() < 0.15
    cols = ["注文番号", "注文日", "発送日", "お届け先氏名", "電話番号", "郵便番号", "住所", "メール", "商品", "JANコード", "金額",
            "配送伝票番号", "備考"]
    if not nohdr:
        doc.row(cols, delim, rng.random() < 0.3)
    qa = rng.random() < 0.3
    for _ in range(rng.randint(5, 13)):
        p = mkperson(rng, (20, 85))
        r = rng.random()
        if r < 0.3:
            memo = [E("SENSITIVE", *rng.choice([("透析中のため午前中配達希望", "illness"), ("糖尿病のため低糖質を希望", "illness"),
                                                ("車いす利用のため玄関前に置き配", "disability"), ("耳が不自由なのでチャイム不可、メールで連絡", "disability"),
                                                ("腎臓病の食事制限あり", "illness"), ("ペースメーカーあり", "illness")]))]
        elif r < 0.5:
            memo = [look(rng, ["parcel-to-hospital", "pet-illness"])]
        elif r < 0.6:
            memo = ["ギフト包装, のし「御見舞」"]
        else:
            memo = [""]
        pc, _ = postal(rng, rng.choice(["plain", "compact", "mark", "fw"]))
        prod = rng.choice(LOOK["product-name"] + ["プロテインバー", "血圧計", "マスク50枚", "経口補水液"])
        prod_seg = L(prod, "product-name") if prod in LOOK["product-name"] else prod
        doc.row([hn_code(rng, "order-number"), odate(rng, ["slash", "hyph", "slash1"], (2024, 2024)),
                 odate(rng, ["slash", "hyph"], (2024, 2024)), NM(rng, p), PH(rng, None, ["hyph", "plain", "hyph"]),
                 E("POSTAL_CODE", pc), address(rng), E("EMAIL", email_for(rng, p)), [prod_seg],
                 hn_code(rng, "jan-code"), hn_code(rng, "amount"), hn_code(rng, "tracking-number"), memo], delim, qa)
    return "orders", doc, "csv-orders" + ("-no-header" if nohdr else "")


CHAT_STYLES = ["bracket", "name_time", "line_tab", "time_name_quote", "name_colon"]


def d_chat(rng, i):
    doc = Doc()
    style = rng.choice(CHAT_STYLES)
    ppl = [mkperson(rng, (20, 60)) for _ in range(rng.randint(2, 4))]
    names = [p["sur"] if rng.random() < 0.7 else p["sur"] + p["giv"] for p in ppl]
    topic = rng.choice(["pharm", "nurse", "gym", "shop"])
    doc.ln(rng.choice([f"[LINE] {rng.choice(['本町店', '訪問看護', 'ジム', '通販'])}スタッフ", "トーク履歴", "# チャットログ"]))
    doc.ln("保存日時：", odate(rng, ["slash", "jp"]), " ", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02}")
    doc.ln("")
    patient = mkperson(rng, (30, 95))
    msgs = [
        ["おはようございます", "今日の", odate(rng, ["slash1", "jp"]), "のシフト代われる人いますか"],
        ["了解です"],
        [NM(rng, patient), "様の件、", rng.choice(["処方変更ありました", "次回は", "来週訪問予定です"])],
        [E("PERSON", patient["sur"]), "さん", E("SENSITIVE", *rng.choice(S_CHAT)), "らしいので配慮お願いします"],
        [look(rng, ["system-failure", "equipment-fault", "software-bug"]), "で", rng.choice(["レジが止まってます", "予約が見えません", "印刷できない"])],
        ["折り返しは ", PH(rng, "mobile"), " にお願いします"],
        [look(rng, ["pet-illness", "heatstroke", "seasonal-illness", "fraud-warning"]), "みたいなので気をつけて"],
        ["お疲れさまです！", rng.choice(["", "🙏", "了解しました"])],
        ["注文番号 ", hn_code(rng, "order-number"), " の件、発送済みです"],
        ["私、実は", E("SENSITIVE", *rng.choice(S_CHAT)), "なんです…"],
        [look(rng, ["minutes-health-check", "staff-training", "dementia-course"]), "の日程決まりました"],
    ]
    chosen = rng.sample(msgs, rng.randint(5, 9))
    for k, m in enumerate(chosen):
        j = rng.randrange(len(ppl))
        sp = E("PERSON", names[j])
        tm = f"{rng.randint(8, 21)}:{rng.randint(0, 59):02}"
        if style == "bracket":
            doc.ln(f"[{tm}] ", sp, ": ", m)
        elif style == "name_time":
            doc.ln(sp, " ", tm)
            doc.ln(m)
        elif style == "line_tab":
            doc.ln(tm, "\t", sp, "\t", m)
        elif style == "time_name_quote":
            doc.ln(tm, " ", sp, "「", m, "」")
        else:
            doc.ln(sp, rng.choice(["：", ": ", " > "]), m)
        if rng.random() < 0.15:
            other = ppl[(j + 1) % len(ppl)]
            doc.ln(rng.choice(["@", "＠"]), E("PERSON", other["sur"]), " さん確認お願いします" if style != "name_time" else " 確認お願いします")
    return "chat", doc, "chat-" + style


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def eml_headers(doc, rng, frm, to, subj, charset, frm_name=None, to_name=None):
    doc.ln("Return-Path: <", frm_e(frm), ">")
    if rng.random() < 0.5:
        ip = f"192.0.2.{rng.randint(1, 254)}" if rng.random() < 0.5 else f"198.51.100.{rng.randint(1, 254)}"
        doc.ln("Received: from mail.example.jp ([", E("IP_ADDRESS", ip), "])")
        doc.ln("\tby mx.example.jp with ESMTP id ", f"{rng.randint(10 ** 9, 10 ** 10)}", ";")
    doc.ln("From: ", ['"', frm_name, '" <'] if frm_name else "", frm_e(frm), ">" if frm_name else "")
    doc.ln("To: ", ['"', to_name, '" <'] if to_name else "", frm_e(to), ">" if to_name else "")
    doc.ln(f"Subject: ", subj)
    doc.ln(f"Date: {rng.choice(WD)}, {rng.randint(1, 28)} {rng.choice(MON)} {REF_YEAR} {rng.randint(8, 20):02}:{rng.randint(0, 59):02}:00 +0900")
    doc.ln(f"Message-ID: <{rng.randint(10 ** 8, 10 ** 9)}.{rng.randint(1000, 9999)}@mail.example.jp>")
    doc.ln("MIME-Version: 1.0")
    doc.ln(f"Content-Type: text/plain; charset={charset}")
    doc.ln("Content-Transfer-Encoding: 8bit")
    doc.ln("")


def frm_e(x):
    return E("EMAIL", x)


def d_mail_jp(rng, i, force_utf8=False):
    charset = "utf-8" if force_utf8 or rng.random() < 0.6 else "shift_jis"
    doc = Doc(rng.choice(["\n", "\r\n"]))
    cust = mkperson(rng, (20, 85))
    st = mkperson(rng, (22, 60))
    kind = rng.choice(["inquiry", "staff", "order", "referral"])
    ce, se = email_for(rng, cust), email_for(rng, st) if rng.random() < 0.5 else email_for(rng, role=True)
    subj = {"inquiry": "お薬についての問い合わせ", "staff": "【共有】利用者情報の件", "order": "ご注文内容の確認", "referral": "ご紹介：新規利用者"}[kind]
    if kind == "inquiry":
        eml_headers(doc, rng, ce, se, subj, charset, NM(rng, cust, " "))
        doc.ln(rng.choice(PHARMS), " ご担当者様")
        doc.ln("")
        doc.ln(rng.choice(["いつもお世話になっております。", "突然のメール失礼します。"]), NM(rng, cust), "と申します。")
        doc.ln("母（", rng.choice(["生年月日 ", "", "誕生日："]), dob(rng, mkperson(rng, (70, 95))), "）が", E("SENSITIVE", *rng.choice(S_PHARM)),
               "で、", rng.choice(["薬の飲み合わせが心配です。", "錠剤が飲みにくいと言っています。", "配達をお願いできますか。"]))
        doc.ln("処方日は", odate(rng), "、次回受診は", odate(rng), "の予定です。")
        doc.ln("")
        doc.ln("連絡先：", PH(rng, "mobile"))
        doc.ln(NM(rng, cust))
    elif kind == "staff":
        pt = mkperson(rng, (60, 100))
        eml_headers(doc, rng, se, email_for(rng, role=True), subj, charset)
        doc.ln(rng.choice(["各位", "訪問看護チームの皆さま", "関係者各位"]))
        doc.ln("")
        doc.ln(rng.choice(["お疲れさまです。", "お疲れ様です。"]), SN(st), "です。")
        doc.ln("新規利用者の情報を共有します（社外秘）。")
        doc.ln("")
        f = [("氏名", NM(rng, pt)), (rng.choice(["生年月日", "誕生日"]), dob(rng, pt)), ("主病名", E("SENSITIVE", *rng.choice(S_NURSE))),
             ("介護保険被保険者番号", E("HEALTH_INSURANCE", kaigo_no(rng))), ("連絡先（長男）", PH(rng, "mobile")), ("初回訪問日", odate(rng))]
        form(doc, rng, f, rng.choice(["colon", "box", "above"]))
        doc.ln("")
        doc.ln("なお、", look(rng, ["system-failure", "software-bug"]), "のため、記録システムへの登録は", odate(rng), "以降になります。")
        doc.ln("")
        doc.ln(STATION, "　", NM(rng, st))
        doc.ln("TEL ", PH(rng, "land"), "（直通 ", PH(rng, "mobile"), "）")
    elif kind == "order":
        eml_headers(doc, rng, email_for(rng, role=True), ce, subj, charset, None, None)
        doc.ln(NM(rng, cust), " 様")
        doc.ln("")
        doc.ln("このたびは", SHOP, "をご利用いただき、ありがとうございます。")
        doc.ln("ご注文番号：", hn_code(rng, "order-number"), "　請求書番号：", hn_code(rng, "invoice-number"))
        doc.ln("ご注文日：", odate(rng, ["jp", "slash"]))
        doc.ln("発送予定日：", odate(rng, ["jp", "slash"]))
        doc.ln("商品：", look(rng, ["product-name"]), " × ", str(rng.randint(1, 3)), "　", hn_code(rng, "amount"))
        doc.ln("お届け先：", E("POSTAL_CODE", postal(rng, "mark")[0]), " ", address(rng))
        doc.ln("お電話番号：", PH(rng, None))
        if rng.random() < 0.4:
            doc.ln("配送メモ：", look(rng, ["parcel-to-hospital"]))
        doc.ln("")
        doc.ln("※本メールは送信専用です。", look(rng, ["fraud-warning"]), "：当店からお支払い情報をメールで伺うことはありません。")
        footer(doc, rng, SHOP)
        doc.ln("法人番号：", E("CORPORATE_NUMBER", corpnumber(rng)))
    else:
        dr = mkperson(rng, (35, 70))
        pt = mkperson(rng, (50, 95))
        eml_headers(doc, rng, email_for(rng, dr), email_for(rng, role=True), subj, charset, NM(rng, dr, " "))
        doc.ln(STATION, "　御中")
        doc.ln("")
        cl = rng.choice(CLINICS)
        doc.ln(H(cl, "org-name-with-surname") if cl in CLINIC_SURNAME else cl, "の", SN(dr), "です。")
        doc.ln("下記の方の訪問看護をお願いしたくご連絡しました。")
        doc.ln("")
        doc.ln(NM(rng, pt), "様（", dob(rng, pt, ["wl_dot", "wa_dot", "wk", "wl_slash", "wa_jp"]), "生）")
        doc.ln("診断：", E("SENSITIVE", *rng.choice(S_NURSE)))
        doc.ln("指示期間：", odate(rng), "〜", odate(rng))
        doc.ln("ご家族連絡先：", PH(rng, "mobile"))
        doc.ln("")
        doc.ln("よろしくお願いいたします。")
    return "mail_jp", doc, "mail-jp-" + kind, charset


def d_mail_en(rng, i, force_utf8=False):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (20, 70), rng.random() < 0.5)
    st = mkperson(rng, (22, 60))
    kind = rng.choice(["member", "staff", "patient"])
    pe = email_for(rng, p)
    eml_headers(doc, rng, pe, email_for(rng, role=True), {"member": "Membership - health form", "staff": "Documents for onboarding",
                                                          "patient": "Prescription transfer"}[kind], "utf-8",
                E("PERSON", romaji(rng, p)))
    doc.ln("Dear ", rng.choice(["team", "Sir or Madam", "colleagues"]), ",")
    doc.ln("")
    if kind == "member":
        doc.ln("I would like to join ", GYM, ". My details are below.")
        doc.ln("Name: ", E("PERSON", romaji(rng, p)))
        doc.ln(rng.choice(["DOB: ", "Date of birth: ", "Born: ", "Birthday: "]), dob(rng, p, EN_DSTYLES))
        doc.ln("Phone: ", PH(rng, "mobile", PSTYLES_EN))
        doc.ln("")
        doc.ln("Please note that I ", E("SENSITIVE", *rng.choice(S_EN)), ", so I would like a gentle programme.")
        doc.ln("I read that ", look_en(rng), ".")
    elif kind == "staff":
        doc.ln("As requested, here are my details for the staff record.")
        doc.ln("Full name: ", E("PERSON", romaji(rng, p)))
        doc.ln("Date of birth: ", dob(rng, p, EN_DSTYLES))
        doc.ln("Passport No.: ", E("PASSPORT", passport(rng)), " (expires ", odate(rng, EN_DSTYLES, (2026, 2033)), ")")
        doc.ln("Residence card number: ", E("RESIDENCE_CARD", rescard(rng)))
        doc.ln("Start date: ", odate(rng, EN_DSTYLES))
        doc.ln("Mobile: ", PH(rng, "mobile", PSTYLES_EN))
        if rng.random() < 0.5:
            doc.ln("My daughter ", E("PERSON", rng.choice(["Emma", "Lina", "Mai", "Anh"])), " was born on ",
                   E("DATE_OF_BIRTH", dstr(rng.choice(EN_DSTYLES), rng.randint(2015, 2023), rng.randint(1, 12), rng.randint(1, 28))), ".")
    else:
        doc.ln("I am moving to ", rng.choice(["Osaka", "Yokohama", "Fukuoka"]), " and need my prescription transferred.")
        doc.ln("Patient: ", E("PERSON", romaji(rng, p)), ", DOB ", dob(rng, p, EN_DSTYLES))
        doc.ln("Insurer number: ", E("HEALTH_INSURANCE", insurer_no(rng)), ", symbol ", E("HEALTH_INSURANCE", kigou(rng).encode("ascii", "ignore").decode() or "123"),
               ", number ", E("HEALTH_INSURANCE", bangou(rng)))
        doc.ln("Last dispensed: ", odate(rng, EN_DSTYLES), ". The patient ", E("SENSITIVE", *rng.choice(S_EN)), ".")
    doc.ln("")
    doc.ln("Best regards,")
    doc.ln(E("PERSON", romaji(rng, p)))
    return "mail_en", doc, "mail-en-" + kind, "utf-8"


def d_incident(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    rep = mkperson(rng, (25, 60))
    kind = rng.choice(["leak", "fall", "dispense", "leak"])
    doc.ln(rng.choice(["事故報告書", "インシデント・アクシデント報告書", "個人情報漏えい事故報告"]))
    doc.ln("報告日：", odate(rng), "　報告者：", NM(rng, rep), "（", rng.choice(PHARMS + [STATION, GYM]), "）")
    doc.ln("発生日時：", odate(rng), f" {rng.randint(8, 20)}:{rng.randint(0, 59):02}頃")
    doc.ln("発見日：", odate(rng))
    doc.ln("")
    if kind == "leak":
        doc.ln("1. 事故の概要")
        doc.ln(rng.choice(["会員名簿を印刷した書類を", "お薬手帳のコピーを", "顧客リストのUSBメモリを"]), "紛失した。",
               look(rng, ["system-failure"]) if rng.random() < 0.4 else "")
        doc.ln("2. 漏えいした可能性のある項目")
        doc.ln("氏名、", rng.choice(["生年月日", "生年月日、性別"]), "、住所、電話番号、", L("病歴", "policy-category"), "（", str(rng.randint(12, 240)), "件）")
        doc.ln("3. 対象者（抜粋）")
        for _ in range(rng.randint(1, 3)):
            p = mkperson(rng)
            doc.ln("・", NM(rng, p), "　", rng.choice(["生年月日：", "", "DOB "]), dob(rng, p), "　", PH(rng, "mobile"))
        doc.ln("4. 対応")
        doc.ln(odate(rng), "に対象者へ連絡、", odate(rng), "に個人情報保護委員会へ報告。")
    elif kind == "fall":
        p = mkperson(rng, (65, 95))
        doc.ln("対象者：", NM(rng, p), "様（", rng.choice(["", "生年月日 "]), dob(rng, p), "）")
        doc.ln("状況：", rng.choice(["トレッドミル使用中に", "玄関で", "トイレ移乗時に"]), "転倒し、", E("SENSITIVE", rng.choice(["右大腿骨頸部骨折", "左手首を骨折", "頭部打撲で救急搬送"]), "illness"), "。")
        doc.ln("既往：", E("SENSITIVE", *rng.choice(S_NURSE + S_GYM)))
        doc.ln("原因：", rng.choice([L("通路の障害物", "obstacle"), look(rng, ["equipment-fault"])]), "があった。")
    else:
        p = mkperson(rng)
        doc.ln("患者：", NM(rng, p), "　", rng.choice(["生年月日：", "（"]), dob(rng, p), "")
        doc.ln("内容：", rng.choice(DRUGS)[0], "を", rng.choice(DRUGS)[0], "と取り違えて交付。", E("SENSITIVE", *rng.choice(S_PHARM)), "のため主治医に連絡。")
        doc.ln("ロット：", hn_code(rng, "lot-number"), "　", look(rng, ["equipment-fault"]))
    doc.ln("")
    doc.ln("再発防止策：", rng.choice(["ダブルチェックの徹底", "持ち出しルールの見直し", "床面の整理整頓"]), "。", look(rng, ["staff-training"]), "を", odate(rng), "に実施。")
    doc.ln("承認：", SN(mkperson(rng)), "（管理者）")
    return "incident", doc, "incident-" + kind


def d_minutes(rng, i):
    doc = Doc()
    ppl = [mkperson(rng) for _ in range(rng.randint(3, 6))]
    doc.ln(rng.choice(["# 店長会議 議事録", "議事録（訪問看護ステーション定例）", "【議事録】ジム運営ミーティング"]))
    doc.ln("日時：", odate(rng), f" {rng.randint(9, 18)}:00〜{rng.randint(10, 19)}:00　場所：", hn_code(rng, "room-number"))
    doc.ln("出席：", *sum([[SN(p) if rng.random() < 0.6 else NM(rng, p), "、"] for p in ppl[:-1]], []), SN(ppl[-1]))
    doc.ln("")
    for k in range(rng.randint(3, 5)):
        doc.ln(f"{k + 1}. ", look(rng), "について")
        doc.ln("　", rng.choice(["報告があった。", "次回までに案をまとめる。", "全店で周知する。", "予算は"]),
               hn_code(rng, rng.choice(["amount", "version", "amount"])) if rng.random() < 0.5 else "", "")
    doc.ln("")
    if rng.random() < 0.4:
        doc.ln("その他：", SN(ppl[0]), "さんが", E("SENSITIVE", *rng.choice(S_CHAT)), "のため、", odate(rng), "まで勤務調整。")
    doc.ln("次回：", odate(rng), "　記録：", NM(rng, ppl[1]))
    return "minutes", doc, "minutes"


def d_resume(rng, i):
    doc = Doc(rng.choice(["\n", "\r\n"]))
    p = mkperson(rng, (22, 60))
    doc.ln(rng.choice(["履　歴　書", "履歴書", "職務経歴書（応募：薬剤師／パート）"]))
    doc.ln(odate(rng, ["jp", "wk"]), "現在")
    doc.ln("ふりがな　", E("PERSON", kana(rng, p, True)))
    doc.ln("氏　　名　", NM(rng, p))
    st = rng.choice(["jp", "wk", "wl_dot", "kanji", "wk0", "slash"])
    doc.ln(E("DATE_OF_BIRTH", dstr(st, p["y"], p["m"], p["d"])), rng.choice(["生", "生まれ", "生"]), f"（満{age_of(p)}歳）")
    doc.ln("現住所　", E("POSTAL_CODE", postal(rng, "mark")[0]), "　", address(rng))
    doc.ln("電話　", PH(rng, "land"), "　携帯　", PH(rng, "mobile"))
    doc.ln("E-mail　", E("EMAIL", email_for(rng, p)))
    doc.ln("")
    doc.ln("年　月　学歴・職歴")
    y = p["y"] + 18
    doc.ln(H(f"{y}年3月", "career-date"), "　県立高等学校 卒業")
    doc.ln(H(f"{y + 6}年3月", "career-date"), "　薬科大学薬学部 卒業")
    doc.ln(H(f"{y + 6}年4月", "career-date"), "　", rng.choice(["株式会社ドラッグ", "医療法人 病院薬剤部", "調剤薬局チェーン"]), " 入社")
    doc.ln("")
    doc.ln("免許・資格　薬剤師免許（", H(f"{y + 6}年5月", "career-date"), "取得）")
    doc.ln("本人希望欄：", rng.choice(["", "土日勤務可。"]), E("SENSITIVE", *rng.choice(S_CHAT[:4] + S_GYM[:3])) if rng.random() < 0.4 else "通勤時間 約30分。")
    return "resume", doc, "resume"


def d_heading_list(rng, i):
    doc = Doc()
    is_birth = rng.random() < 0.6
    sep = rng.choice([" / ", "　", ", ", "\t", "｜"])
    if is_birth:
        doc.ln(rng.choice(["■ 会員 生年月日一覧", "【誕生日特典の対象者】", "＜利用者 生年月日リスト＞"]), f"（{rng.randint(1, 12)}月）")
        doc.ln("※氏名 / 生年月日 / 性別")
    else:
        doc.ln(rng.choice(["■ 入会日一覧", "【次回訪問予定】", "＜処方日リスト＞", "■ 発送予定一覧"]))
        doc.ln("※氏名 / 日付 / 区分")
    st = rng.choice(JP_DSTYLES)
    for _ in range(rng.randint(4, 12)):
        p = mkperson(rng, (10, 95))
        if is_birth:
            dv = E("DATE_OF_BIRTH", dstr(st if st != "kanji" else "wk", p["y"], p["m"], p["d"]))
        else:
            dv = H(dstr(st if st != "kanji" else "wk", rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)), "ordinary-date")
        doc.ln(NM(rng, p), sep, dv, sep, rng.choice(["男", "女", "F", "M"]))
    doc.ln("")
    doc.ln("作成：", rng.choice(PHARMS + [GYM, STATION]), "　", odate(rng))
    return "lists", doc, "records-under-heading-" + ("birth" if is_birth else "other")


def d_rx_tsv(rng, i):
    delim = "\t" if rng.random() < 0.6 else ","
    doc = Doc(rng.choice(["\n", "\r\n"]))
    dlab = rng.choice(["生年月日", "生年月日(和暦)", "誕生日", "患者生年月日"])
    doc.row(["処方箋No", "患者名", "カナ", dlab, "保険者番号", "記号", "番号", "処方日", "調剤日", "薬品コード", "薬剤師メモ"], delim)
    dst = rng.choice(["wl_dot", "wl_slash", "wa_dot", "wk", "slash", "compact", "wl_hyph", "fw_wl"])
    for _ in range(rng.randint(5, 15)):
        p = mkperson(rng, (1, 99))
        r = rng.random()
        memo = [E("SENSITIVE", *rng.choice(S_PHARM))] if r < 0.5 else ([look(rng, ["equipment-fault", "system-failure"])] if r < 0.6 else [""])
        doc.row([hn_code(rng, "rx-number"), NM(rng, p), E("PERSON", kana(rng, p, False)),
                 E("DATE_OF_BIRTH", dstr(dst, p["y"], p["m"], p["d"])), E("HEALTH_INSURANCE", insurer_no(rng)),
                 E("HEALTH_INSURANCE", kigou(rng)), E("HEALTH_INSURANCE", bangou(rng)), odate(rng, [dst], (2024, 2024)),
                 odate(rng, [dst], (2024, 2024)), hn_code(rng, "drug-code"), memo], delim)
    return "rx_export", doc, ("tsv" if delim == "\t" else "csv") + "-rx-export-wareki"


# ---------------------------------------------------------------- clean documents (no personal data)

CLEAN_KINDS = ["notice", "poster", "manual", "newsletter", "faq", "leaflet", "glossary", "jobad", "stats", "quiz",
               "news", "hours", "fault", "catalogue", "policy", "training"]


def para(doc, rng, kinds, n=2):
    for _ in range(n):
        tmpl = rng.randint(0, 5)
        lk = look(rng, kinds)
        if tmpl == 0:
            doc.ln("・", lk, "。")
        elif tmpl == 1:
            doc.ln("当店では", lk, "について、", odate(rng, ["jp", "wk", "slash1"]), "からご案内しています。")
        elif tmpl == 2:
            doc.ln(lk, "（詳しくは店頭のポスターをご覧ください）")
        elif tmpl == 3:
            doc.ln("◎", lk, "　", hn_code(rng, rng.choice(["amount", "product-code", "version"])))
        elif tmpl == 4:
            doc.ln(lk, "に関する資料は", hn_code(rng, "room-number"), "に置いてあります。")
        else:
            doc.ln("Q. ", lk, "とは？　A. スタッフにお気軽にお尋ねください。")


def d_clean(rng, i):
    kind = CLEAN_KINDS[i % len(CLEAN_KINDS)]
    doc = Doc(rng.choice(["\n", "\r\n"]))
    ext = "md" if kind in ("newsletter", "faq", "manual", "glossary") else "txt"
    org = rng.choice(PHARMS + [GYM, STATION, SHOP])
    if kind == "notice":
        doc.ln("【お知らせ】", org)
        doc.ln(odate(rng, ["wk", "jp"]), "は", look(rng, ["religious-holiday"]), "とさせていただきます。")
        doc.ln("処方箋の受付は", odate(rng, ["jp", "slash1"]), "から通常どおりです。", L("年中無休", "opening-hours") if False else "")
        para(doc, rng, ["heatstroke", "fraud-warning", "cancer-screening", "seasonal-illness"], 3)
    elif kind == "poster":
        doc.ln("＼", look(rng, ["heatstroke", "fraud-warning", "cancer-screening"]), "／")
        doc.ln("")
        para(doc, rng, ["crime-prevention", "fraud-warning", "heatstroke", "barrier-free"], 3)
        doc.ln("掲示期間：", odate(rng), "〜", odate(rng))
    elif kind == "manual":
        doc.ln("# 受付業務マニュアル ", hn_code(rng, "version"))
        doc.ln("")
        doc.ln("## 記入例（サンプル）")
        doc.ln("- 氏名：", H("〇〇 〇〇", "placeholder"), "（フリガナ：", H("マル マル", "placeholder"), "）")
        doc.ln("- 生年月日：", H(rng.choice(["昭和〇〇年〇月〇日", "YYYY/MM/DD", "S??.??.??"]), "placeholder"))
        doc.ln("- 電話番号：", H(rng.choice(["XXX-XXXX-XXXX", "000-0000-0000", "0X0-XXXX-XXXX"]), "placeholder"))
        doc.ln("- 保険者番号：", H(rng.choice(["XXXXXXXX", "＿＿＿＿＿＿＿＿"]), "placeholder"), "　記号・番号：", H("XXXX-XXXXX", "placeholder"))
        doc.ln("- ", look(rng, ["placeholder-sample"]))
        doc.ln("")
        doc.ln("## 注意")
        para(doc, rng, ["system-failure", "policy-category", "disability-law", "software-bug"], 3)
    elif kind == "newsletter":
        doc.ln("# ", org, " だより ", odate(rng, ["jp"]), "号")
        doc.ln("")
        doc.ln("## 今月の健康トピック")
        para(doc, rng, ["seasonal-illness", "cancer-screening", "heatstroke", "dementia-course", "aggregate-statistics"], 4)
        doc.ln("")
        doc.ln("## イベント")
        doc.ln(look(rng, ["dementia-course"]), "を", odate(rng, ["jp", "wk"]), "に開催します（定員", str(rng.randint(10, 40)), "名）。")
    elif kind == "faq":
        doc.ln("# よくあるご質問")
        for _ in range(rng.randint(3, 5)):
            doc.ln("")
            doc.ln("**Q. ", look(rng, ["conditional-advice", "barrier-free", "drug-leaflet", "insurance-product"]), "について教えてください。**")
            doc.ln("A. はい。", look(rng, ["disability-law", "conditional-advice", "barrier-free"]), "。お手続きは店頭で承ります。")
    elif kind == "leaflet":
        dn, eff = rng.choice(DRUGS)
        doc.ln("お薬の説明書　", dn)
        doc.ln("効能・効果：", L(eff, "drug-leaflet"))
        doc.ln("用法：1日1回", rng.choice(["朝食後", "就寝前"]))
        doc.ln("注意：", look(rng, ["drug-leaflet", "conditional-advice"]))
        doc.ln("保管：室温", "　", hn_code(rng, "lot-number"), "　YJコード ", hn_code(rng, "drug-code"))
        para(doc, rng, ["drug-leaflet", "conditional-advice"], 2)
    elif kind == "glossary":
        doc.ln("# 訪問看護 用語集")
        for _ in range(rng.randint(3, 5)):
            doc.ln("- ", look(rng, ["glossary", "medical-dept"]))
    elif kind == "jobad":
        doc.ln("【スタッフ募集】", org)
        doc.ln("職種：", rng.choice(["薬剤師", "登録販売者", "看護師", "ジムトレーナー", "出荷スタッフ"]), "　時給 ", hn_code(rng, "amount"))
        doc.ln(look(rng, ["job-ad"]), "。", look(rng, ["job-ad"]), "。")
        doc.ln("応募締切：", odate(rng), "　面接日：", odate(rng), "　入社日：", odate(rng))
        doc.ln("応募は店頭スタッフまでお声がけください。")
    elif kind == "stats":
        doc.ln("利用状況レポート（", odate(rng, ["jp"]), "時点）")
        for _ in range(rng.randint(3, 5)):
            doc.ln("・", look(rng, ["aggregate-statistics"]), "（前年比 +", str(rng.randint(1, 9)), ".", str(rng.randint(0, 9)), "%）")
        doc.ln("集計対象：処方箋 ", f"{rng.randint(1000, 9999):,}", "枚、会員 ", str(rng.randint(300, 900)), "名")
    elif kind == "quiz":
        doc.ln("健康クイズ　第", str(rng.randint(1, 50)), "回")
        doc.ln("Q1. 血圧が高い状態が続く病気は？")
        doc.ln(look(rng, ["quiz-answer"]))
        doc.ln("Q2. ", look(rng, ["glossary"]), "　○か×か？")
        doc.ln("Q3. 1日の塩分摂取目標は？　答え：6g未満")
        para(doc, rng, ["seasonal-illness", "heatstroke"], 2)
    elif kind == "news":
        doc.ln("ニュースダイジェスト ", odate(rng, ["jp"]))
        for _ in range(rng.randint(3, 5)):
            doc.ln("・", look(rng, ["news-digest", "fraud-warning", "seasonal-illness"]))
    elif kind == "hours":
        doc.ln(org, "　営業時間のご案内")
        doc.ln(L("年中無休", "opening-hours"), "（", look(rng, ["religious-holiday"]), "を除く）")
        doc.ln("平日 9:00〜19:00　土日祝 9:00〜17:00")
        para(doc, rng, ["barrier-free", "medical-dept", "place-name"], 3)
    elif kind == "fault":
        doc.ln("設備不具合報告 ", hn_code(rng, "model-number"))
        doc.ln("発生日：", odate(rng), "　", look(rng, ["equipment-fault", "system-failure"]))
        doc.ln("対応：メーカーに修理依頼（受付番号 ", hn_code(rng, "order-number"), "）")
        para(doc, rng, ["equipment-fault", "software-bug", "obstacle"], 2)
    elif kind == "catalogue":
        doc.ln(SHOP, "　おすすめ商品")
        for _ in range(rng.randint(3, 6)):
            doc.ln("・", look(rng, ["product-name"]), "　", hn_code(rng, "amount"), "　JAN ", hn_code(rng, "jan-code"))
        doc.ln("カード決済テスト番号（使用不可）：", hn_code(rng, "non-luhn-16"))
        doc.ln("請求書番号：", hn_code(rng, "invoice-number"), "　照合用ダミー番号：", hn_code(rng, "non-mynumber-12"))
    elif kind == "policy":
        doc.ln("個人情報の取扱いについて")
        doc.ln("当社は、", look(rng, ["policy-category"]), "等の要配慮個人情報を、本人の同意なく取得しません。")
        doc.ln("取得する情報の例：", look(rng, ["policy-category"]))
        doc.ln("改定日：", odate(rng), "　施行日：", odate(rng))
        para(doc, rng, ["disability-law", "policy-category"], 2)
    else:
        doc.ln("研修記録（", odate(rng), "）")
        doc.ln("テーマ：", look(rng, ["staff-training", "dementia-course", "disability-law"]))
        doc.ln("参加者：", str(rng.randint(5, 30)), "名　会場：", hn_code(rng, "room-number"))
        para(doc, rng, ["staff-training", "minutes-health-check", "crime-prevention"], 3)
    while doc.pos < 120:
        para(doc, rng, ["heatstroke", "seasonal-illness", "barrier-free"], 1)
    return "clean/" + kind, doc, "clean-" + kind, ext


# ---------------------------------------------------------------- driver

PLAN = [  # (generator, count, ext)
    (d_rx, 110, "txt"), (d_techo, 70, "md"), (d_nursing, 90, "txt"), (d_careplan, 50, "md"), (d_gym, 90, "txt"),
    (d_gym_csv, 45, None), (d_staff_csv, 45, None), (d_staff_form, 50, "txt"), (d_orders, 65, "csv"),
    (d_chat, 100, "txt"), (d_mail_jp, 80, "eml"), (d_mail_en, 50, "eml"), (d_incident, 55, "txt"),
    (d_minutes, 40, "md"), (d_resume, 30, "txt"), (d_heading_list, 45, "txt"), (d_rx_tsv, 40, None),
    (d_clean, 240, None),
]


def cp932_ok(text):
    try:
        return text.encode("cp932").decode("cp932") == text
    except UnicodeEncodeError:
        return False


def pick_encoding(rng, text, ext):
    r = rng.random()
    if r < 0.2:
        return "cp932" if cp932_ok(text) else "utf-8"
    if r < 0.3:
        return "utf-8-sig"
    return "utf-8"


def check(text, d):
    ents = sorted(d["entities"], key=lambda e: e["start"])
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["text"] and e["text"] == e["text"].strip(), e
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], (a, b)
    for x in d["lookalikes"] + d["hard_negatives"]:
        assert text[x["start"]:x["end"]] == x["text"], x
        for e in ents:
            assert x["end"] <= e["start"] or e["end"] <= x["start"], (x, e)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=44)
    a = ap.parse_args()
    docs_dir = os.path.join(a.out, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    truth = {}
    n = 0
    for gi, (gen, count, ext) in enumerate(PLAN):
        for k in range(count):
            seed = a.seed * 1000003 + gi * 10007 + k
            rng = random.Random(seed)
            res = gen(rng, k)
            folder, doc, shape = res[0], res[1], res[2]
            charset = None
            if gen in (d_mail_jp, d_mail_en):
                charset = res[3]
            e2 = ext
            if gen is d_clean:
                e2 = res[3]
            if e2 is None:
                e2 = "tsv" if shape.startswith("tsv") else "csv"
            text = doc.text()
            if charset == "shift_jis":
                if cp932_ok(text):
                    enc = "cp932"
                else:
                    rng = random.Random(seed)
                    folder, doc, shape, charset = gen(rng, k, True)
                    text = doc.text()
                    enc = "utf-8"
            elif charset:
                enc = "utf-8"
            else:
                enc = pick_encoding(rng, text, e2)
            n += 1
            rel = f"{folder}/{n:04d}.{e2}"
            d = {"encoding": enc, "shape": shape, "entities": doc.ents,
                 "lookalikes": [{"start": x["start"], "end": x["end"], "kind": x["kind"], "text": x["text"]} for x in doc.looks],
                 "hard_negatives": doc.hns}
            path = os.path.join(docs_dir, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = text.encode("utf-8-sig" if enc == "utf-8-sig" else enc)
            with open(path, "wb") as f:
                f.write(data)
            with open(path, "rb") as f:
                back = f.read().decode(enc)
            assert back == text, (rel, enc, [(i, x, y) for i, (x, y) in enumerate(zip(back, text)) if x != y][:3], len(back), len(text))
            check(back, d)
            truth[rel] = d
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "blind/detect/dev3", "seed": a.seed, "documents": truth}, f, ensure_ascii=False,
                  indent=1, sort_keys=True)
    # summary
    from collections import Counter
    c, sub, lk, hn, lens = Counter(), Counter(), Counter(), Counter(), []
    clean = 0
    for rel, d in truth.items():
        for e in d["entities"]:
            c[e["type"]] += 1
            if e["type"] == "SENSITIVE":
                sub[e["subtype"]] += 1
        for x in d["lookalikes"]:
            lk[x["kind"]] += 1
        for x in d["hard_negatives"]:
            hn[x["kind"]] += 1
        if not d["entities"]:
            clean += 1
    print(f"documents {len(truth)}  with no entities {clean}", file=sys.stderr)
    for t, v in sorted(c.items()):
        print(f"  {t:18s} {v}", file=sys.stderr)
    print("  SENSITIVE subtypes", dict(sub), file=sys.stderr)
    print(f"  lookalikes {sum(lk.values())} in {len(lk)} kinds; hard negatives {sum(hn.values())} in {len(hn)} kinds",
          file=sys.stderr)


if __name__ == "__main__":
    main()
