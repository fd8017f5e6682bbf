"""Column headers: what a table column holds."""

from __future__ import annotations

from mamori.detect.columns import ColumnKind, column_meaning, column_subject
from mamori.detect.header_words import header_for


def test_headers() -> None:
    assert column_meaning("氏名").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("患者氏名").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("first_name").kind is ColumnKind.PERSON  # type: ignore[union-attr]
    assert column_meaning("フリガナ").kind is ColumnKind.PERSON_READING  # type: ignore[union-attr]
    assert column_meaning("会社名").kind is ColumnKind.NOT_PERSON  # type: ignore[union-attr]
    email = column_meaning("email_address")
    assert email is not None and email.kind is ColumnKind.IDENTIFIER and email.entity == "EMAIL"
    assert email.excludes_names
    assert column_meaning("住所").kind is ColumnKind.ADDRESS  # type: ignore[union-attr]
    assert column_meaning("Date of Birth").kind is ColumnKind.BIRTH_DATE  # type: ignore[union-attr]
    meaning = column_meaning("既往歴")
    assert meaning is not None and meaning.kind is ColumnKind.SENSITIVE and meaning.subtype == "medical"
    assert column_meaning("備考").kind is ColumnKind.NOTES  # type: ignore[union-attr]
    assert column_meaning("notes").kind is ColumnKind.NOTES  # type: ignore[union-attr]
    assert column_meaning("idea") is None  # "id" only as a word or with digits (id2), not as a prefix
    assert column_meaning("出身地") is None
    assert column_meaning(None) is None


def test_identifier_headers_in_romaji_english_and_japanese() -> None:
    expected = {
        "unten_menkyo": "DRIVERS_LICENSE",
        "免許証番号": "DRIVERS_LICENSE",
        "pasupooto_no": "PASSPORT",
        "Passport No.": "PASSPORT",
        "nenkin_no": "PENSION_NUMBER",
        "基礎年金番号": "PENSION_NUMBER",
        "hoken_kigo": "HEALTH_INSURANCE",
        "保険者番号": "HEALTH_INSURANCE",
        "kouza": "BANK_ACCOUNT",
        "口座番号": "BANK_ACCOUNT",
        "tel1": "PHONE",
        "携帯電話": "PHONE",
        "yubin": "POSTAL_CODE",
        "マイナンバー": "MY_NUMBER",
        "在留カード番号": "RESIDENCE_CARD",
    }
    for header, entity in expected.items():
        meaning = column_meaning(header)
        assert meaning is not None and meaning.kind is ColumnKind.IDENTIFIER, header
        assert meaning.entity == entity, header


def test_ids_codes_and_names_of_things_are_not_persons() -> None:
    for header in (
        "customer_id",
        "会員番号",
        "注文番号",
        "tracking_no",
        "追跡番号",
        "jan_code",
        "UPC",
        "商品コード",
    ):
        meaning = column_meaning(header)
        assert meaning is not None and meaning.kind is ColumnKind.CODE, header
    for header in (
        "bank_name",
        "銀行名",
        "支店名",
        "shiten_mei",
        "メーカー",
        "maker",
        "店舗名",
        "研修名",
        "案件名",
        "続柄",
        "zokugara",
        "emergency_contact.relation",
    ):
        meaning = column_meaning(header)
        assert meaning is not None and meaning.kind is ColumnKind.NOT_PERSON, header
    kenpo = column_meaning("kenpo_bango")
    assert kenpo is not None and kenpo.entity == "HEALTH_INSURANCE"
    holder = column_meaning("kouza_meiginin")
    assert holder is not None and holder.kind is ColumnKind.PERSON


def test_name_parts_and_whose_column() -> None:
    assert column_meaning("姓").part == "family"  # type: ignore[union-attr]
    assert column_meaning("名").part == "given"  # type: ignore[union-attr]
    assert column_meaning("メイ").part == "given"  # type: ignore[union-attr]
    assert column_meaning("last_name").part == "family"  # type: ignore[union-attr]
    assert column_meaning("氏名").part is None  # type: ignore[union-attr]
    assert column_subject("氏名") == ""
    assert column_subject("配偶者氏名") == "配偶者"
    assert column_subject("子1生年月日") == "子1"
    assert column_subject("child2_birthday") == "子2"
    assert column_subject("緊急連絡先電話") == "緊急連絡先"
    assert column_subject("recipient.name") == "recipient"
    assert column_subject("電子メール") == ""
    phone = column_meaning("緊急連絡先電話")
    assert phone is not None and phone.entity == "PHONE"


def test_relations_in_romaji_expiry_dates_and_companies_contacts() -> None:
    for header in ("hosho_nin", "保証人", "配偶者", "nyukyosha_mei"):
        meaning = column_meaning(header_for(header))
        assert meaning is not None and meaning.kind is ColumnKind.PERSON, header
    assert column_subject(header_for("hosho_nin_tel")) == "保証人"
    assert column_subject(header_for("kinkyu_renraku_tel")) == "緊急連絡先"
    assert column_meaning("緊急連絡先") is None  # a number as often as a name: its values decide
    for header in (
        "zairyu_kigen",
        "menkyo_kigen",
        "在留期限",
        "保証会社TEL",
        "書名",
        "建物名",
        "担当教科",
    ):
        meaning = column_meaning(header_for(header))
        assert meaning is not None and meaning.kind is ColumnKind.NOT_PERSON, header
    own = column_meaning("会社員電話")
    assert own is not None and own.entity == "PHONE"


def test_a_role_before_an_identifier_yields_to_it_and_amounts_are_not_identifiers() -> None:
    for header, entity in (
        ("被保険者電話", "PHONE"),
        ("hihokensha_tel", "PHONE"),
        ("被保険者番号", "HEALTH_INSURANCE"),
        ("hokensha_bango", "HEALTH_INSURANCE"),
        ("勤務先TEL", "PHONE"),  # the person's own workplace number
    ):
        meaning = column_meaning(header_for(header))
        assert meaning is not None and meaning.entity == entity, header
    for header in ("保険金額", "保険料", "家賃", "drug_name", "薬品名"):
        meaning = column_meaning(header_for(header))
        assert meaning is not None and meaning.kind is ColumnKind.NOT_PERSON, header
    for header in ("ketsuatsu", "hba1c", "sogo_hantei", "allergy"):
        meaning = column_meaning(header_for(header))
        assert meaning is not None and meaning.kind is ColumnKind.SENSITIVE, header
    assert column_subject(header_for("keiyakusha_tel")) == "契約者"
