"""Names of organisations where a person's name is expected: `株式会社山田製作所` under 口座名義, `ｶ)ﾔﾏﾀﾞ`
as a caller, `ヤマト運輸` in a memo. None of them is a person, and none is counted as one."""

from __future__ import annotations

import re
import unicodedata

# Legal forms, written out, abbreviated (㈱, (株)) or in the half-width kana banks use (ｶ), ﾕ)).
_LEGAL_FORM = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人"
    r"|社会福祉法人|医療法人|学校法人|宗教法人|特定非営利活動法人|NPO法人|独立行政法人|国立大学法人"
    r"|\((?:株|有|同|医|社|財|福|学|宗|特非)\)|[㈱㈲]"
    r"|^(?:カ|ユ|ド|イ|シャ|ザイ|フク|ガク)\)|\((?:カ|ユ|ド|イ)$|\((?:カ|ユ|ド|イ)\)"
    r"|カブシキガイシヤ|カブシキガイシャ|ユウゲンガイシヤ|ユウゲンガイシャ|ゴウドウガイシヤ|ゴウドウガイシャ"
    # Co., Ltd. and Inc., never a mail domain's part (yahoo.co.jp)
    r"|(?<![.@\w-])(?:inc|corp|co|ltd|llc|k\.?k)\b\.?(?![a-z0-9])",
    re.IGNORECASE,
)
# Words an organisation's name ends with.
_ORGANISATION_END = re.compile(
    r"(?:製作所|工業|興業|産業|商事|商店|商会|物産|運輸|運送|急便|郵便|通運|倉庫|物流|電機|電気|電工|工務店|建設"
    r"|建工|不動産|銀行|信用金庫|信金|信用組合|農協|証券|生命|損保|保険|病院|医院|クリニック|歯科|薬局|学園"
    r"|大学|高校|学校|協会|組合|財団|事務所|研究所|センター|ホールディングス|グループ|ストア|マート|通販"
    r"|ショップ|書店|食品|製薬|化学|印刷|システムズ|システム|ソリューションズ|テクノロジーズ|サービス"
    r"|化成|精機|製菓|農園|物流|商社|サプライ|デンタル|メディカル|ファーマ|トレーディング|エンジニアリング"
    r"|コーポレーション|カンパニー|ラボ|テック|ネットワークス?|パートナーズ|ジャパン|塾|教室|スクール|学院|予備校"
    r"|本院|分院|医院|役所|役場|保健所|警察署|消防署|税務署|年金事務所|ハローワーク|公民館|図書館|本店|支店|本社"
    r"|医師会|薬剤師会|商工会|会議所|連合会|協議会|委員会|厚生局|労働局"
    # a clinic named by its department (今井整形外科, 東村山内科, 森皮膚科, 藤原診療所)
    r"|内科|外科|眼科|皮膚科|小児科|耳鼻科|耳鼻咽喉科|婦人科|泌尿器科|精神科|診療所|ステーション)$"
)
# The same endings in katakana, as banks and call logs write them (ヨ for ョ); only for a name written
# without a space, as companies are (ツツイ シカ is a person).
_ORGANISATION_END_KANA = re.compile(
    r"(?:セイサクシ[ョヨ]|コウギ[ョヨ]ウ|コウ[ギキ][ョヨ]ウ|サンギ[ョヨ]ウ|シ[ョヨ]ウジ|シ[ョヨ]ウテン|シ[ョヨ]ウカイ"
    r"|ブツサン|ウンユ|ウンソウ|キユウビン|キュウビン|ギンコウ|シンヨウキンコ|シンキン|ケンセツ|フドウサン"
    r"|デンキ|シ[ョヨ]クヒン|セイヤク|カガク|ビ[ョヨ]ウイン|イイン|シカ|ヤツキ[ョヨ]ク|ヤッキ[ョヨ]ク"
    r"|カセイ|セイキ|セイカ|ノウエン|ホ[ーウ]ルディングス)$"
)


# Words no person's name holds anywhere: a care office with its branch name after them
# (ケアプランセンターあおば, 訪問看護ステーションそよかぜ, ニチイケアセンター狭山).
_ORGANISATION_WORD = re.compile(
    r"センター|ステーション|クリニック|事業所|包括支援|訪問看護|デイサービス|グループホーム|介護|福祉"
)
# What stands where a name should for an account or a desk, not a person (バッチ処理用, CS共用, テスト).
_FUNCTION_NAME = re.compile(
    r"(?:共用|共有|専用|処理用|管理用|検証用|テスト用|用)$|テスト|ダミー|サンプル|バッチ|システム|管理者|事務局|窓口"
    r"|^(?:test|dummy|sample|admin|system|batch|service)\b",
    re.IGNORECASE,
)


def is_organisation_name(text: str) -> bool:
    """Whether a name-like text is an organisation's (a legal form, or a word organisations end with), or
    an account's or a desk's (バッチ処理用, CS共用)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return False
    if _LEGAL_FORM.search(folded) or _FUNCTION_NAME.search(folded) or _ORGANISATION_WORD.search(folded):
        return True
    if _ORGANISATION_END.search(folded.replace(" ", "").replace("\u3000", "")) is not None:
        return True
    return " " not in folded and "\u3000" not in folded and _ORGANISATION_END_KANA.search(folded) is not None


_LEGAL_FORM_LINES = re.compile(_LEGAL_FORM.pattern, re.IGNORECASE | re.MULTILINE)
_ORGANISATION_END_LINES = re.compile(
    "(?:" + _ORGANISATION_END.pattern + "|" + _ORGANISATION_END_KANA.pattern + ")[ \u3000]*$", re.MULTILINE
)


_FUNCTION_NAME_LINES = re.compile(_FUNCTION_NAME.pattern, re.IGNORECASE | re.MULTILINE)


def organisation_rows(column: list[str]) -> list[int]:
    """The rows of a name column that hold an organisation: one pass of each pattern over the whole
    column, then only the rows it may concern are looked at."""
    joined = unicodedata.normalize("NFKC", "\n".join(column))
    if joined.count("\n") != len(column) - 1:
        return [r for r, v in enumerate(column) if v and is_organisation_name(v)]
    if (
        _LEGAL_FORM_LINES.search(joined) is None
        and _ORGANISATION_END_LINES.search(joined) is None
        and _FUNCTION_NAME_LINES.search(joined) is None
    ):
        return []
    return [r for r, v in enumerate(column) if v and is_organisation_name(v)]


# A company's name around a name found in running text: 株式会社山田, 山田(株), 山田製作所.
# A legal form that opens a company's name (株式会社山田): the name after it is the company's. One that closes
# it (ヤマト運輸株式会社 橋本 優子 様) is followed by someone else.
# On the name's own line: a signature's 「佐藤 正人」 above 「株式会社ミナト住建」 is a person
_FORM_BEFORE = re.compile(r"(?<!\w)(?:株式会社|有限会社|合同会社|\((?:株|有)\)|[㈱㈲])[ \t]*\Z")
_FORM_AFTER = re.compile(
    r"[ \t]*(?:株式会社|有限会社|合同会社|\((?:株|有)\)|[㈱㈲]|製作所|工業|商事|商店|運輸|銀行)"
)


def organisation_end(line: str) -> int | None:
    """Where an organisation named on this line ends: after its last legal form (「お問い合わせ：株式会社
    みどり不動産 TEL」), or at a name closing the line that organisations end with (「ミナト個別指導塾:」)."""
    last = None
    for match in _LEGAL_FORM.finditer(line):
        last = match.end()
    if last is not None:
        return last
    # 「杜の歯科 本院 022-…」「仙台市泉区役所 981-3189 宮城県… 022-…」: a word of the line before the number
    # names an organisation (where it ends is returned, so a person named after it still owns the number)
    end = None
    at = 0
    for word in line.split():
        at = line.index(word, at) + len(word)
        if is_organisation_name(_CONTACT_LABEL.sub("", word)):
            end = at
    return end


# What stands between an organisation's name and its number or address: 「:」, 「TEL」, 「／」.
_CONTACT_LABEL = re.compile(r"[\s:：/／|｜・、,]*(?:TEL|Tel|tel|電話|☎|℡|FAX|E-?mail|メール)?[\s:：/／|｜]*$")


def beside_legal_form(text: str, start: int, end: int) -> bool:
    """Whether a name in running text is part of a company's or a building's name (株式会社山田,
    山田(株), グランシャトー石田 201号室, 鈴木ハイツ)."""
    before = unicodedata.normalize("NFKC", text[max(0, start - 8) : start])
    after = unicodedata.normalize("NFKC", text[end : end + 8])
    if _FORM_BEFORE.search(before) is not None or _FORM_AFTER.match(after) is not None:
        return True
    glued = _BUILDING_BEFORE.search(text[max(0, start - 12) : start])
    if glued is not None and not glued.group().endswith(_ROLE_WORDS):
        return True
    return _BUILDING_AFTER.match(text[end : end + 8]) is not None


# A surname glued to a katakana word (グランシャトー石田, コーポ佐藤) or followed by a building's word
# (山田ビル, 鈴木ハイツ, 佐藤荘): a building, where tenants live, not a person.
# (\Z, not $: a katakana company name on the line above, 株式会社グリーンケア⏎原雄一, glues nothing)
_BUILDING_BEFORE = re.compile(r"(?:[ァ-ヴー]{3,}|コーポ|メゾン|ハイツ|ビラ|パレス)\Z")
# Katakana words that may stand glued before a person's name: a role, not a building (マネージャー山田).
_ROLE_WORDS = (
    "マネージャー",
    "リーダー",
    "スタッフ",
    "サポート",
    "センター",
    "チーム",
    "ディレクター",
    "トレーナー",
    "コーチ",
    "ドクター",
    "ナース",
    "アシスタント",
    "インストラクター",
    "オペレーター",
    "ドライバー",
    "ヘルパー",
    "ケアマネ",
)
_BUILDING_AFTER = re.compile(
    r"(?:ビル|ハイツ|マンション|荘|コーポ|レジデンス|ハイム|アパート|テラス|ヒルズ|タワー|プラザ|会館|コート|ハウス)"
)


# What a row's staff column holds when the form names a role, not a person: 介護職員B, 夜勤リーダー,
# 配達員（Bルート）, 看護師2. A name never ends in one of these words.
_ROLE_TITLE = re.compile(
    r"^\S{0,8}?(?:職員|スタッフ|リーダー|担当者?|係|員|ドライバー|看護師|介護士|ヘルパー|ケアマネ(?:ジャー)?|管理者|"
    r"責任者|当番|主任|班|チーム|(?i:staff|driver|nurse))"
    r"(?:[A-Za-z0-9]{1,3}|[(（][^)）]{0,12}[)）])?$"
)


def role_titles(column: list[str]) -> int:
    """How many cells of a name column name a role (介護職員B), not a person."""
    return sum(1 for v in column if v and _ROLE_TITLE.match(unicodedata.normalize("NFKC", v).strip()))
