"""The words of column headers, by what they say a column holds (see `columns.py` for how they are used).

Keys are matched against the header folded to half width and lower case, with romaji and English words
already read as Japanese (`header_words.header_for`); a Japanese key matches anywhere in the header, an
ASCII key as a whole word or at its start.
"""

from __future__ import annotations

from mamori.detect.column_kinds import ColumnKind, ColumnMeaning


def _rules() -> tuple[tuple[ColumnMeaning, tuple[str, ...]], ...]:
    def ident(entity: str) -> ColumnMeaning:
        return ColumnMeaning(ColumnKind.IDENTIFIER, entity=entity)

    return (
        # Said before the identifiers they contain: 会員カード番号 is no card number, 口座名義 a name.
        (
            ColumnMeaning(ColumnKind.CODE),
            (
                "会員カード",
                "ポイントカード",
                "診察券",
                "社員証",
                "保険料",
                "保険会社",
                "保険種別",
                "保険の種類",
                "口座種別",
                "口座種目",
                "預金種目",
                "預金種別",
                "有効期限",
                "交付日",
                "取得日",
                "免許の種類",
                "免許種類",
                "免許種別",
                "メール配信",
                "メルマガ",
                "メール送信日",
                "電話受付",
                "電話日",
            ),
        ),
        # An organisation's own contact points: its switchboard and inquiry address, not a person's.
        (
            ColumnMeaning(ColumnKind.NOT_PERSON, "organisation"),
            (
                "代表電話",
                "代表番号",
                "代表tel",
                "代表fax",
                "代表メール",
                "代表アドレス",
                "問い合わせメール",
                "問合せメール",
                "お問い合わせ",
                "問い合わせ先",
                "問合せ先",
                "会社電話",
                "会社メール",
                "本社電話",
                "店舗電話",
                "営業所電話",
                "窓口",
            ),
        ),
        (ColumnMeaning(ColumnKind.PERSON), ("名義", "holder")),
        (ident("MY_NUMBER"), ("マイナンバー", "個人番号", "mynumber")),
        (ident("CORPORATE_NUMBER"), ("法人番号",)),
        (ident("DRIVERS_LICENSE"), ("免許",)),
        (ident("PASSPORT"), ("旅券", "パスポート")),
        (ident("PENSION_NUMBER"), ("年金",)),
        (ident("RESIDENCE_CARD"), ("在留",)),
        (
            ident("HEALTH_INSURANCE"),
            (
                "保険証",
                "被保険者",
                "保険者",
                "保険記号",
                "保険番号",
                "記号",
                "保険",
                "健保",
                "受給者番号",
                "公費負担者",
            ),
        ),
        (ident("CREDIT_CARD"), ("カード番号", "クレジット", "card")),
        (ident("BANK_ACCOUNT"), ("口座",)),
        (ident("EMAIL"), ("メール", "メアド", "mail", "email", "e-mail")),
        (
            ident("PHONE"),
            (
                "電話",
                "携帯",
                "発信者",
                "発信元",
                "着信",
                "折り返し",
                "連絡先番号",
                "tel",
                "phone",
                "fax",
                "ファックス",
                "ファクス",
                "caller",
            ),
        ),
        (ident("POSTAL_CODE"), ("郵便", "〒", "zip", "postal", "postcode")),
        (ident("IP_ADDRESS"), ("ipアドレス", "ip")),
    )


# Headers that mean one thing only when they are the whole header.
EXACT_HEADERS: dict[str, str] = {"連絡先": "PHONE", "連絡先1": "PHONE", "連絡先2": "PHONE"}

# Free text about the row's own person: what it states (an illness, a creed) is that person's.
NOTES_WORDS: tuple[str, ...] = (
    "備考",
    "メモ",
    "特記事項",
    "相談内容",
    "対応内容",
    "対応履歴",
    "対応記録",
    "申し送り",
    "経過",
    "所見",
    "連絡事項",
    "問い合わせ内容",
    "問合せ内容",
    "お問い合わせ内容",
    "要望",
    "コメント",
    "自由記述",
    "memo",
    "note",
    "notes",
    "remarks",
    "remark",
    "comment",
    "comments",
)

CODE_WORDS: tuple[str, ...] = (
    "id",
    "番号",
    "コード",
    "code",
    "jan",
    "sku",
    "追跡",
    "伝票",
    "シリアル",
    "serial",
    "型番",
    "品番",
    "number",
    "no",
    "uuid",
    "key",
)

# Names of organisations: a table whose rows are these is a list of organisations, not of persons.
ORGANISATION_WORDS: tuple[str, ...] = (
    "会社名",
    "会社",
    "法人名",
    "企業名",
    "店舗",
    "店名",
    "業者",
    "取引先",
    "仕入先",
    "施設名",
    "病院名",
    "医療機関",
    "学校名",
    "団体名",
    "組織名",
    "銀行",
    "金融機関",
    "支店",
    "営業所",
    "事業所",
    "メーカー",
    "製造元",
    "商号",
    "屋号",
    "勤務先",
    "company",
    "vendor",
    "supplier",
)

NOT_PERSON_WORDS: tuple[str, ...] = (
    "商品名",
    "品名",
    "製品名",
    "部署",
    "物件名",
    "駅名",
    "地名",
    "件名",
    "ファイル名",
    "ブランド",
    "product",
    "item",
    "brand",
    "file",
    "title",
    "subject",
    "username",
    "user name",
    "ユーザー名",
    "ユーザ名",
    "アカウント名",
    "名称",
    "url",
    "職業",
    "役職",
    "所属",
)


def _sensitive() -> tuple[tuple[ColumnMeaning, tuple[str, ...]], ...]:
    def sensitive(subtype: str) -> ColumnMeaning:
        return ColumnMeaning(ColumnKind.SENSITIVE, subtype)

    return (
        (
            sensitive("medical"),
            (
                "病歴",
                "既往歴",
                "病名",
                "傷病名",
                "診断名",
                "診断",
                "疾患",
                "疾病",
                "症状",
                "服薬",
                "処方",
                "投薬",
                "通院",
                "入院",
                "健診結果",
                "検査結果",
                "健康診断",
                "血圧",
                "血糖",
                "所見",
                "心電図",
                "尿検査",
                "血液検査",
                "アレルギー",
                "diagnosis",
                "disease",
                "medical",
            ),
        ),
        (sensitive("disability"), ("障害", "障がい", "障碍", "disability")),
        (sensitive("criminal_record"), ("犯罪歴", "犯歴", "前科", "前歴", "逮捕歴", "criminal")),
        (sensitive("crime_victim"), ("被害歴", "犯罪被害")),
        (sensitive("creed"), ("宗教", "信仰", "信条", "宗派", "religion")),
        (sensitive("race"), ("人種", "民族", "race", "ethnicity")),
        (sensitive("social_status"), ("社会的身分", "出自")),
    )


FAMILY_PARTS = frozenset(
    {"姓", "せい", "セイ", "苗字", "名字", "sei", "last", "lastname", "familyname", "surname"}
)
GIVEN_PARTS = frozenset({"名", "めい", "メイ", "mei", "first", "firstname", "given", "givenname"})

# Words naming another person a row holds, and the label their columns are grouped under.
RELATIONS: dict[str, str] = {
    "配偶者": "配偶者",
    "子供": "子",
    "子ども": "子",
    "長男": "長男",
    "長女": "長女",
    "次男": "次男",
    "次女": "次女",
    "三男": "三男",
    "三女": "三女",
    "被扶養者": "扶養",
    "扶養親族": "扶養",
    "扶養者": "扶養",
    "扶養": "扶養",
    "家族": "家族",
    "親族": "家族",
    "保護者": "保護者",
    "父親": "父",
    "母親": "母",
    "緊急連絡先": "緊急連絡先",
    "緊急": "緊急連絡先",
    "連帯保証人": "保証人",
    "保証人": "保証人",
    "紹介者": "紹介者",
    "代理人": "代理人",
    "受取人": "届け先",
    "お届け先": "届け先",
    "届け先": "届け先",
    "届先": "届け先",
    "配送先": "届け先",
    "送付先": "届け先",
    "送り先": "届け先",
    "請求先": "請求先",
    "差出人": "差出人",
    "送り主": "差出人",
    "依頼主": "差出人",
    "担当者": "担当",
    "担当": "担当",
    "上司": "上司",
    "世帯主": "世帯主",
    "同居人": "同居人",
    "recipient": "届け先",
    "shipping": "届け先",
    "ship": "届け先",
    "shipto": "届け先",
    "delivery": "届け先",
    "consignee": "届け先",
    "billing": "請求先",
    "billto": "請求先",
    "sender": "差出人",
    "emergency": "緊急連絡先",
    "spouse": "配偶者",
    "child": "子",
    "children": "子",
    "dependent": "扶養",
    "dependents": "扶養",
    "dependant": "扶養",
    "family": "家族",
    "guardian": "保護者",
    "guarantor": "保証人",
    "referrer": "紹介者",
    "staff": "担当",
    "parent": "保護者",
    "father": "父",
    "mother": "母",
    "wife": "配偶者",
    "husband": "配偶者",
    "son": "子",
    "daughter": "子",
}
# One-character relations, read only at the start of a header (子1氏名, 妻生年月日; not 電子メール).
LEADING_RELATIONS: tuple[str, ...] = ("妻", "夫", "子", "父", "母")

IDENTIFIER_RULES = _rules()
SENSITIVE_RULES = _sensitive()
