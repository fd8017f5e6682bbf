"""SENSITIVE (要配慮個人情報): phrases that assert a sensitive fact about a person.

Precision matters more than recall here: one finding makes a single record reportable to the PPC (規則7条1号).
So a finding needs three things in one sentence: a term of a category, a predicate that asserts it of someone
(と診断, で通院中, の前科, を信仰, …) — or a term that is an assertion by itself (身体障害者手帳, 執行猶予) —
and a person (a name, an honorific, 本人, 患者, 彼女 …) or a form/column context. An article about
diabetes has the term but neither predicate nor person.

Categories and where they rest (A1 and the PPC general guideline §2-3, see shared/reference/appi-rules.md):
- medical: 病歴 (法2条3項), 健康診断等の結果 (令2条2号), 医師等による診療・調剤 (令2条3号);
- disability: 心身の機能の障害 (令2条1号, 規則5条: physical, intellectual, mental, 指定難病);
- criminal_record: 犯罪の経歴 (法2条3項), 被疑者・被告人としての刑事手続 (令2条4号),
  少年の保護事件 (令2条5号);
- crime_victim: 犯罪により害を被った事実 (法2条3項);
- creed: 信条 — religion and thought (法2条3項);
- race: 人種 — racial or ethnic origin, not nationality alone (法2条3項; guideline §2-3);
- social_status: 社会的身分 — not occupation or education (法2条3項; guideline §2-3).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.context import trie_pattern
from mamori.detect.dates import iso_date
from mamori.detect.finding import Finding
from mamori.detect.health_fields import asks_about_health, form_fields, masked, says_none, stated_parts
from mamori.detect.morph import Kind, has_japanese, tokenize
from mamori.detect.recognizer import Segment
from mamori.detect.sensitive_terms import (
    DISEASE_DRUGS,
    after_field_label,
    answer_start,
    denied,
    has_boxes,
    merged,
    not_a_fact,
    open_hits,
    stolen_property,
    unchecked_options,
)
from mamori.detect.speakers import is_chat
from mamori.detect.types import EntityType

T = EntityType.SENSITIVE


def _alt(*words: str) -> str:
    return "|".join(sorted((w for line in words for w in line.split()), key=len, reverse=True))


_DISEASES = _alt(
    "糖尿病 高血圧症 高血圧 脂質異常症 がん 癌 胃がん 肺がん 乳がん 大腸がん 白血病",
    "悪性リンパ腫 うつ病 鬱病 統合失調症 双極性障害 躁うつ病 認知症 アルツハイマー病",
    "パーキンソン病 HIV エイズ AIDS B型肝炎 C型肝炎 肝炎 肝硬変 結核 心筋梗塞 狭心症 脳梗塞",
    "脳卒中 脳出血 喘息 てんかん パニック障害 適応障害 不安障害 摂食障害 アルコール依存症",
    "薬物依存症 依存症 不妊症 梅毒 性感染症 新型コロナウイルス感染症 COVID-19 インフルエンザ",
    "腎不全 慢性腎臓病 心不全 不整脈 リウマチ 関節リウマチ 膠原病 クローン病 潰瘍性大腸炎",
    "自律神経失調症 睡眠障害 PTSD 心的外傷後ストレス障害 ヘルニア 骨折 腰痛症 難聴 緑内障",
    "白内障 アトピー性皮膚炎",
)
_MEDICAL_PREDICATES = _alt(
    "と診断 の診断 を発症 で入院 に入院 で通院 に通院 の治療 を治療 で治療 を患 に罹患 に罹",
    "陽性 を服用 の服用 の手術 を手術 で療養 の療養 で闘病 と闘病 の既往 の持病 が持病 を持病",
    "治療中 通院中 入院中 療養中 服薬中 で休職 により休職 のため休職 で受診 を受診 の疑い",
    "と判明 が判明 が見つか のため通院 のため入院 のため服薬 のため治療 で服薬 を服薬 で手術 の持病 持病があ",
    "持病あり 入院歴 通院歴 治療歴 を患っ",
)
_MEDICAL_SELF = _alt(
    "精神科に通院 心療内科に通院 精神科を受診 心療内科を受診 人工透析 抗がん剤治療 抗がん剤",
    "化学療法 放射線治療 要精密検査 要再検査 要治療 健康診断の結果 健診結果 人間ドックの結果",
    "処方され 既往歴 病歴 カウンセリングを受け 精神科に入院 診断書 不妊治療 人工授精 体外受精",
    "妊娠中 産休中 つわり",
)
_DISABILITY = _alt(
    "身体障害者手帳 身体障がい者手帳 療育手帳 精神障害者保健福祉手帳 障害者手帳 障がい者手帳",
    "障害等級 障害年金 知的障害 知的障がい 発達障害 発達障がい 視覚障害 聴覚障害 肢体不自由",
    "自閉症 自閉スペクトラム症 ADHD 注意欠如多動症 学習障害 高次脳機能障害 精神障害 身体障害",
    "指定難病 難病指定 車椅子を使用 車いすを使用 麻痺が残 麻痺があ 片麻痺 半身麻痺 下半身麻痺 四肢麻痺",
    "弱視 全盲 失明 義足 義手 白杖 補聴器を使用 人工肛門 言語障害 吃音 色覚障害 盲導犬",
)
_CRIMINAL = _alt(
    "前科 前歴 逮捕歴 犯歴 有罪判決 懲役 禁錮 執行猶予 実刑判決 実刑 服役 刑務所に収監 仮釈放",
    "逮捕され 起訴され 書類送検 送検され 起訴猶予 略式起訴 罰金刑 少年院 保護観察",
    "家庭裁判所に送致 補導され 指名手配",
)
_VICTIM = _alt(
    "犯罪被害者 性犯罪被害 性被害 ストーカー被害 DV被害 詐欺被害 暴行を受け 傷害を負わされ",
    "強盗に遭 窃盗被害 被害届を提出 被害届を出 性的暴行を受け 虐待を受け いじめ被害 痴漢被害",
    "空き巣被害",
)
# 「ひったくりの被害に遭った」「特殊詐欺の被害を受け」: what was suffered, then that it was suffered.
_HARMS = _alt(
    "ひったくり 特殊詐欺 振り込め詐欺 オレオレ詐欺 詐欺 空き巣 強盗 窃盗 痴漢 ストーカー DV 暴行 傷害",
    "性犯罪 盗撮 恐喝 強制わいせつ 放火 置き引き すり スリ 通り魔 虐待 いじめ 性暴力 暴力",
)
_CREED = _alt(
    "を信仰 の信者 信者である 入信し 入信した 洗礼を受け 創価学会員 学会員 キリスト教徒",
    "イスラム教徒 ムスリム 仏教徒 ヒンドゥー教徒 ユダヤ教徒 エホバの証人 統一教会 旧統一教会",
    "幸福の科学 天理教 立正佼成会 の党員 党員である を支持する政党 支持政党は 宗教上の理由",
    "カトリック信者 プロテスタント 熱心な信者 教会に通っ 信仰上",
)
_RELIGIOUS_BODIES = _alt(
    "創価学会 天理教 立正佼成会 幸福の科学 エホバの証人 統一教会 真如苑 霊友会 生長の家 PL教団"
)
_RACE = _alt(
    "アイヌ民族 アイヌの出身 琉球民族 人種は 民族的出自 被差別民族 ロマ民族",
    "在日韓国人 在日朝鮮人 在日コリアン",
)
_SOCIAL = _alt("被差別部落 部落出身 同和地区出身 同和地区の出身 非嫡出子 婚外子")

# What a disease's name is part of when it is not one person's illness: a specialist, a campaign, a product.
_NOT_ONES_ILLNESS = (
    r"(?![ァ-ヴーば]|予防|対策|専門|領域|分野|外来|治療薬|の薬|薬|ワクチン|講演|講座|セミナー|教室|啓発|について|とは|"
    r"保険|特約|患者|学会|研究|センター|カフェ|ケア|サポーター|検診|週間|月間|情報|の方|の人|の患者|の予防|の専門|"
    r"食|加算|型|が流行|流行|の流行|特集|番組|ドラマ|映画|記事)"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("medical", re.compile(rf"(?:{_DISEASES})(?:[^。\n]{{0,6}}?)(?:{_MEDICAL_PREDICATES})")),
    # a disease named in a sentence about someone states it of them (「橋本さん、認知症の進行が見られる」);
    # the caller requires the person, so an article about diabetes stays silent
    ("medical", re.compile(rf"(?<![ァ-ヴー一-龥])(?:{_DISEASES}){_NOT_ONES_ILLNESS}")),
    ("medical", re.compile(rf"(?:{_MEDICAL_SELF})")),
    ("disability", re.compile(rf"(?:{_DISABILITY})(?:[0-9一二三四五六]級)?")),
    (
        "criminal_record",
        re.compile(
            rf"(?:{_CRIMINAL})(?:[0-9一二三四五六七八九十]+年(?:[0-9一二三四五六七八九十]+[かヶケ]月)?)?"
        ),
    ),
    ("crime_victim", re.compile(rf"(?:{_VICTIM})")),
    ("crime_victim", re.compile(rf"(?:{_HARMS})の?被害(?:に遭|にあ|を受け|に巻き込まれ)")),
    ("creed", re.compile(rf"(?:{_CREED})")),
    (
        "creed",
        re.compile(
            rf"(?:{_RELIGIOUS_BODIES})の?(?:会員|信者|信徒|メンバー)|クリスチャン(?![・･]|ディオール)"
        ),
    ),
    ("race", re.compile(rf"(?:{_RACE})")),
    ("social_status", re.compile(rf"(?:{_SOCIAL})")),
)
# Words that say the sentence is about a person even when no name is in it.
_PERSON_WORDS = re.compile(
    r"様|さん|氏|君|くん|ちゃん|殿|本人|私|僕|俺|自分|彼女|彼|同氏|当人|同人|患者|社員|従業員|職員|顧客|利用者|"
    r"被保険者|申請者|申込者|生徒|児童|学生|息子|娘|長男|長女|次男|次女|夫|妻|父|母|祖父|祖母|容疑者|被告人?|"
    r"受刑者|会員|契約者|応募者|候補者|入居者|家族|スタッフ|お客様|相談者|対象者|相手方|依頼者|被疑者|加害者|"
    r"の身(?:で|です|であ)|"
    r"\b(?:[Cc]lient|[Pp]atient|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Ee]mployee|[Aa]pplicant|[Cc]ustomer|Mr|Ms|Mrs|"
    r"[Mm]ember|I|[Mm]y|[Gg]uest|[Pp]assenger|[Ss]tudent|[Tt]enant|[Bb]rother|[Ss]ister|[Ff]ather|[Mm]other|"
    r"[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Ss]pouse|[Cc]laimant|[Ii]nsured|[Pp]olicyholder|[Rr]esident)\b|実は"
)
_FORM_CONTEXT = re.compile(
    r"氏名|患者名|名前|お名前|生年月日|被保険者|対象者|相談者|聴取者|申告者|面談記録|相談記録|就業上の配慮|配慮事項|"
    r"健康状態|本人より|本人から|とのこと|との申告|申告あり|申し出|告知者|告知書|告知日|利用者名|訪問看護記録|"
    r"看護記録|ケアプラン|カルテ|問診|主な疾患|既往歴|被害者|"
    # the records of a visit, a dispensing or a hand-over: each line is about the person they are for
    r"訪問記録|訪問日|利用者[:：]|患者氏名|服薬指導|薬歴|お薬手帳|申し送り|連絡帳|処方日|"
    # a field of a form or a letter about one person: 診断：…, 既往：…, 配慮事項：…
    r"(?:診断|診断名|病名|傷病名|障害名|既往|既往症|配慮事項|特記事項|健康状態|服薬)[ \t]*[:：]|"
    # a care conference's or a visit record's lines, each said by a role about the care recipient
    r"(?<![^\n])(?:看護|介護|ケアマネ|ヘルパー|主治医|生活相談員|相談員|PT|OT|ST|本人|家族)[ \t]*[:：]|"
    # a letter from one person about themselves: 「お疲れさまです。金子です。…を持っています」
    r"お疲れさまです|お疲れ様です|と申します|私事|"
    # a phone or order memo about the caller: 「佐藤様より電話」, お客様：…, 注文メモ
    r"様より|様から|お客様[ \t]*[:：]|顧客名|電話メモ|電話受付|注文メモ|伝言メモ|受付メモ|備考[ \t]*[:：]"
)
_PRECISE = ("phrase", "person-context")
_WORDS = re.compile(r"[ぁ-んァ-ヴ一-龥A-Za-z]{2,}")
_OPEN = ("open-vocabulary", "person-context")
# The words any open-vocabulary fact holds one of (`sensitive_terms.py`): most texts hold none. Each
# pre-check is one trie regex, so the engine reads a character once, not every word at every position.
_OPEN_WORDS = (
    "病 症 炎 がん ガン 癌 腫 不全 疾患 梗塞 出血 結石 潰瘍 ポリープ 細動 ヘルニア "
    "アレルギー 骨折 喘息 ぜんそく うつ てんかん アトピー リウマチ パーキンソン CKD "
    "COPD HIV HbA1c 痛風 疱疹 まひ 麻痺 通院 入院 手術 術後 服用 内服 "
    "透析 妊娠 早産 つわり 不妊 数値 血糖 血圧 車いす 車椅子 杖 欠損 手話 筆談 "
    "補聴器 義足 義手 白杖 聞こえ 見え 不自由 動か 手帳 障害 障がい アスペルガー 自閉 "
    "ADHD エピペン 性別違和 トランスジェンダー 被害 暴力 DV 虐待 暴行 脅迫 詐欺 "
    "ひったくり スリ 痴漢 置き引き 空き巣 盗まれ つきまと ストーカー 捕まっ 逮捕 刑務所 "
    "服役 出所 前科 補導 執行猶予 有罪 少年院 起訴 拘置所 保護観察 前歴 罰金 懲役 "
    "禁錮 実刑 宗教 信仰 信者 信徒 教会 入信 門徒 宮司 布教 礼拝 後援会 支持政党 "
    "党員 イスラム キリスト 仏教 創価 学会員 エホバ モルモン ムスリム クリスチャン "
    "カトリック プロテスタント ユダヤ ヒンドゥー 日系 在日 アイヌ 琉球 人種 経過観察 "
    "機能 カテーテル ストーマ 人工 胃ろう 胃瘻 褥瘡 酸素 経管 喀痰 NPPV ALS "
    "ペースメーカー CPAP インスリン 療法 補聴 ラマダン ハラール 断食 受診 療養 治療 "
    "処方 注射 吸入 降圧 休職 持病 薬 発作 切除 既往 キャリア エピペン 脳卒中 不整脈 "
    "貧血 高血圧 低血圧 難聴 白内障 緑内障 DM メニエール 吃音 色覚 色弱 檀家 氏子 "
    "ステロイド ニトログリセリン 要介護 要支援 判定 要精密 要再検 要医療 要治療 要受診 所見 陽性 肥満 "
    "鬱 統失 双極 パニック せん妄 徘徊 妄想 幻視 幻聴 物忘れ MDD IHD HT PD HCV HBV AF Ca 捻挫 挫傷 "
    "打撲 損傷 後遺症 脱臼 被告事件 容疑 勾留 強盗 泥棒 党の 支持して 政治団体 断食 "
    "介助 寝たきり 歩行 リハビリ 症状固定 メンタル PTSD 依存 流産 死産 術 傷害 全治 "
    "ワーファリン ワルファリン 睡眠薬 抗うつ 抗不安 抗がん 抗凝固 安定剤 サラサラ 骨粗しょう症 "
    "バセドウ 胆石 心療内科 精神科 メンタルクリニック 整形外科 服薬 投薬"
)
_ENGLISH_OPEN_WORDS = (
    "epilepsy diabetes cancer asthma depression hiv hepatitis dementia schizophrenia bipolar arrested "
    "convicted imprisoned victim wheelchair hearing surgery recovering practising practicing diabetic "
    "epileptic blind deaf pregnant stroke pacemaker disease autism ptsd anxiety hypertension pressure "
    "thinners antidepressants anticoagulants conviction criminal diagnosed treated hospitalised "
    "hospitalized hospitalisation hospitalization undergoing admitted dialysis insulin gout impairment "
    "disability known"
)
# English words as they are written (lower, capitalised, upper): a case-blind alternation is 20 times slower.
_OPEN_CHECK = re.compile(
    trie_pattern(
        _OPEN_WORDS.split()
        + ["床ずれ", "耳が遠", "が悪", "が弱", *DISEASE_DRUGS.split("|")]
        + [form for w in _ENGLISH_OPEN_WORDS.split() for form in (w, w.capitalize(), w.upper())]
    )
)
# A cell under 既往歴 that says there is none: 糖尿病の既往なし, 特記すべき既往なし, 既往歴：特になし
_DENIED_CELL = re.compile(
    r"[^、,，。;；]*?(?:なし|無し|ない|無い|ありません|ございません|特記なし|否定)[。.]?|(?i:none|no\b.*)"
)
_EMPTY_CELL = frozenset({"", "-", "ー", "なし", "無", "無し", "特になし", "該当なし", "N/A", "n/a", "none"})
_CHECK_WORDS = (
    "麻痺 弱視 全盲 失明 義足 義手 白杖 補聴器 人工肛門 吃音 盲導犬 不妊 授精 妊娠 "
    "産休 つわり 持病 入院歴 通院歴 治療歴 患っ カトリック プロテスタント 教会 信徒 "
    "クリスチャン 在日 学会 真如苑 霊友会 生長の家 PL教団 診断 通院 入院 治療 療養 "
    "闘病 服用 服薬 受診 罹患 発症 陽性 手帳 障害 障がい 難病 自閉 ADHD 前科 "
    "前歴 逮捕 懲役 禁錮 執行猶予 実刑 服役 起訴 送検 少年院 保護観察 補導 被害 暴行 "
    "虐待 信仰 信者 入信 洗礼 学会員 教徒 ムスリム 党員 支持政党 宗教 アイヌ 民族 "
    "部落 同和 嫡出 婚外子 透析 抗がん 化学療法 放射線 検査 健診 健康診断 処方 既往 "
    "病歴 カウンセリング 診断書 車椅子 車いす 指名手配 人種 休職 判明 見つか 疑い 手術 "
    "証人 統一教会 幸福の科学 天理教 佼成会 仮釈放 収監 罰金 家庭裁判所 性的 痴漢 "
    "空き巣 窃盗 強盗 ストーカー DV いじめ 捻挫 挫傷 打撲 脱臼 損傷 骨折 受傷 負傷"
)
_CHECK = re.compile(trie_pattern(_CHECK_WORDS.split() + _DISEASES.split("|")))


# A sentence about an animal, or about many people at once, states no one's sensitive fact.
_ANIMAL = re.compile(
    r"ペット|愛犬|愛猫|飼い犬|飼い猫|飼っている|子犬|子猫|犬|猫|(?<![ァ-ヴー])(?:ネコ|イヌ|ウサギ)(?![ァ-ヴー])|ワンちゃん|"
    r"うさぎ|インコ|ハムスター|"
    r"動物病院|獣医|(?i:\b(?:dog|cat|pet|puppy|kitten)s?\b)"
)
_AGGREGATE = re.compile(
    r"[0-9０-９]+(?:\.[0-9]+)?\s*(?:%|％|割|人中|名中|人に1人|人のうち|名のうち)|割合|統計|全国で|推計|調査によると|"
    r"平均|患者数|罹患率|有病率|[0-9０-９]+件|"
    # 1人当たり医療費, 受給者は全体で7名（うち精神疾患4名）, （糖尿病型）の者 168名: counts of many
    r"(?:1|一)人(?:当たり|あたり)|全体で|(?:者|患者)[^。\n]{0,10}?(?:[2-9２-９]|[1-9１-９][0-9０-９,，]+)\s*(?:名|人)(?![目分])"
)
# Two categories of 要配慮個人情報 named side by side: a list of categories (a policy, a form's legend).
_CATEGORIES = (
    r"(?:人種|信条|社会的身分|病歴|犯罪の経歴|前科|犯罪により害を被った事実|障害|健康診断(?:等)?の結果)"
)
_CATEGORY_LIST = re.compile(rf"{_CATEGORIES}[、・,，/]\s*{_CATEGORIES}")
# One category word alone (病歴, 既往歴, 健康情報), in a sentence about handling personal information.
_BARE_CATEGORY = re.compile(rf"(?:{_CATEGORIES}|既往歴|健康情報|診療情報|病名|健康状態)(?:等|など)?")
_POLICY = re.compile(r"個人情報|個人データ|要配慮|取り扱|取扱い|利用目的|第三者提供|同意")


def _not_about_a_person(shadow: str, s0: int, s1: int) -> bool:
    if _ANIMAL.search(shadow, s0, s1) is not None:
        return True
    return any(
        _MEASURED.search(shadow, max(s0, m.start() - 12), m.start()) is None
        for m in _AGGREGATE.finditer(shadow, s0, s1)
    )


# A percentage after a test's name is one person's result (HbA1c 8.2％), not a share of many.
_MEASURED = re.compile(r"(?:HbA1c|A1c|体脂肪率?|SpO2|酸素飽和度|ヘモグロビン|ヘマトクリット)[^。\n]{0,6}$")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    subtype: str


class SensitiveRecognizer:
    name = "sensitive"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        meaning = column_meaning(segment.column)
        text = segment.text
        if meaning is not None and meaning.kind is ColumnKind.SENSITIVE:
            stripped = text.strip()
            # a date or a code under 処方日 or 病名コード states no fact in words: the row's other cells do
            if (
                stripped not in _EMPTY_CELL
                and _DENIED_CELL.fullmatch(stripped) is None
                and len(stripped) <= 200
                and _WORDS.search(stripped) is not None
                and iso_date(stripped) is None
            ):
                start = text.index(stripped)
                yield Finding(
                    start, start + len(stripped), T, 0.9, (f"column:{segment.column}",), meaning.subtype
                )
            return
        if meaning is not None and meaning.kind is ColumnKind.NOT_PERSON:
            return  # a thing's column (品名, 薬効, 研修名): what it names is no one's
        shadow = segment.shadow
        if "宗" in shadow:
            yield from _sect_fields(shadow)
        # One pass of each pre-check over the whole text: only sentences holding one of its words are read.
        precise_at = [m.start() for m in _CHECK.finditer(shadow)]
        open_at = [m.start() for m in _OPEN_CHECK.finditer(shadow)]
        asks = asks_about_health(shadow)
        if not precise_at and not open_at and not asks:
            return
        form = _FORM_CONTEXT.search(shadow) is not None or meaning is not None or is_chat(shadow)
        # a health form's fields: each answer is a fact (胃がん, えび・かに), each label a question
        fields = list(form_fields(shadow)) if form and asks else []
        health = [f for f in fields if f.subtype is not None]
        # nothing is read in a question, nor in a short answer that says none (服用していない)
        taken = [f.label for f in health] + [f.value for f in health if says_none(shadow, f)]
        said: list[tuple[int, int]] = []
        boxes = has_boxes(shadow)  # once per text: a check list's blank boxes anywhere in it
        names: list[int] | None = None  # tokenised only for a sentence that needs a name to be about someone
        for s0, s1 in _sentences_at(shadow, sorted(set(precise_at + open_at))):
            precise = _any_in(precise_at, s0, s1)
            s0 = after_field_label(shadow, s0, s1)
            if s0 >= s1:
                continue
            exact = _hits(shadow, answer_start(shadow, s0, s1), s1) if precise else []
            opened = list(open_hits(shadow, s0, s1, boxes=boxes)) if _any_in(open_at, s0, s1) else []
            found = [(h.start, h.end) for h in exact]
            # one span for what one clause states: 「がんの治療」 and 「…で通院中」 are one fact, masked whole
            hits = [
                _Hit(start, end, subtype)
                for start, end, subtype in merged([(h.start, h.end, h.subtype) for h in exact] + opened)
            ]
            if not hits:
                continue
            person = form or _PERSON_WORDS.search(shadow, s0, s1) is not None
            if not person:
                names = _name_starts(text) if names is None else names
                person = _has_name(names, s0, s1)
            if not person or _not_about_a_person(shadow, s0, s1) or not_a_fact(shadow, s0, s1):
                continue
            theft = stolen_property(shadow, s0, s1)
            blank = unchecked_options(shadow, s0, s1) if boxes else []
            for hit in hits:
                if any(hit.start < e and s < hit.end for s, e in taken):
                    continue  # a form's question (現在治療中の病気), or an answer already found whole
                if hit.subtype == "crime_victim" and theft:
                    continue
                if any(s <= hit.start and hit.end <= e for s, e in blank):
                    continue  # □高血圧: an option left blank on a check list
                if denied(shadow, hit.start, hit.end, s1):
                    continue  # 入院歴なし, 糖尿病の既往はありません: stated as absent
                if _CATEGORY_LIST.search(shadow, max(s0, hit.start - 12), min(s1, hit.end + 12)):
                    continue  # 「人種、信条、病歴…」: a policy naming the categories, not a fact
                if _BARE_CATEGORY.fullmatch(shadow, hit.start, hit.end) and _POLICY.search(shadow, s0, s1):
                    continue  # 「病歴等の要配慮個人情報を取得する場合は」: one category, named by a policy
                if masked(shadow[hit.start : hit.end]):
                    continue  # ■<要配慮情報_2> in a masked copy: the item is gone
                precise_hit = any(hit.start <= s and e <= hit.end for s, e in found)
                score, why = (0.85, _PRECISE) if precise_hit else (0.75, _OPEN)
                said.append((hit.start, hit.end))
                yield Finding(hit.start, hit.end, T, score, why, hit.subtype)
        for field in health:  # an answer in words of its own (えび・かに, 右膝が痛い): the whole answer
            for start, end in stated_parts(shadow, field):
                if not any(s < end and start < e for s, e in said):
                    yield Finding(start, end, T, 0.8, ("field:health",), field.subtype)


# A cemetery ledger's or a form's 宗派 field, on its line or the line below: its value is the holder's creed.
_SECT_FIELD = re.compile(
    r"(?:宗派|宗旨)"
    r"(?:(?:[】\]]|[ \t\u3000]*[:：|｜])[ \t\u3000]*(?:\r?\n[ \t\u3000]*)?|[ \t\u3000]*\r?\n[ \t\u3000]*)"
    r"(?P<value>[^\s：:【】（(|｜][^\n（(|｜]{0,30}?)[ \t\u3000]*(?=\r?\n|$|[（(|｜])"
)


_ANY_SECT = re.compile(r"不問|問わず|問いません|など|各|可|全て|すべて|可能")


def _sect_fields(shadow: str) -> Iterator[Finding]:
    for match in _SECT_FIELD.finditer(shadow):
        value = match.group("value")
        if ("宗" in value or "教" in value or "派" in value) and _ANY_SECT.search(value) is None:
            # 浄土真宗本願寺派, キリスト教; not a guide's 「宗派不問」 or 「各宗派可」
            yield Finding(match.start("value"), match.end("value"), T, 0.85, ("label:宗派",), "creed")


def _sentences_at(shadow: str, positions: list[int]) -> Iterator[tuple[int, int]]:
    """The sentences (up to and with their 。 or line break) holding these positions, once each, in order."""
    end = -1
    for pos in positions:
        if pos < end:
            continue
        start = max(shadow.rfind("。", 0, pos), shadow.rfind("\n", 0, pos)) + 1
        stops = [i for i in (shadow.find("。", pos), shadow.find("\n", pos)) if i >= 0]
        end = min(stops) + 1 if stops else len(shadow)
        yield start, end


def _any_in(positions: list[int], s0: int, s1: int) -> bool:
    k = bisect_left(positions, s0)
    return k < len(positions) and positions[k] < s1


def _hits(shadow: str, s0: int, s1: int) -> list[_Hit]:
    out: list[_Hit] = []
    for subtype, pattern in _PATTERNS:
        for match in pattern.finditer(shadow, s0, s1):
            out.append(_Hit(match.start(), match.end(), subtype))
    return out


def _name_starts(text: str) -> list[int]:
    if not has_japanese(text):
        return []
    return [t.start for t in tokenize(text) if t.kind in (Kind.SURNAME, Kind.GIVEN, Kind.PERSON)]


def _has_name(starts: list[int], s0: int, s1: int) -> bool:
    k = bisect_left(starts, s0)
    return k < len(starts) and starts[k] < s1
