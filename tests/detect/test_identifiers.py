"""The format-defined layer as a user sees it: what is found, exactly where, and what is not."""

from __future__ import annotations

from itertools import pairwise

import pytest

from mamori import detect
from mamori.detect import EntityType as T


def found(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(f.type.value, text[f.start : f.end]) for f in detect(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("電話090-1234-5678まで", [("PHONE", "090-1234-5678")]),
        ("携帯：０９０－１２３４－５６７８", [("PHONE", "０９０－１２３４－５６７８")]),
        ("携帯 ０９０ー１２３４ー５６７８", [("PHONE", "０９０ー１２３４ー５６７８")]),
        ("TEL03-1234-5678", [("PHONE", "03-1234-5678")]),
        ("Tel.(03)1234-5678", [("PHONE", "(03)1234-5678")]),
        ("代表 03(1234)5678", [("PHONE", "03(1234)5678")]),
        ("フリーダイヤル 0120-123-456", [("PHONE", "0120-123-456")]),
        ("IP電話 050-1234-5678", [("PHONE", "050-1234-5678")]),
        ("call +81-90-1234-5678 now", [("PHONE", "+81-90-1234-5678")]),
        ("call +81 3 1234 5678", [("PHONE", "+81 3 1234 5678")]),
        ("連絡先 09012345678", [("PHONE", "09012345678")]),
        ("電話 090-1234-\n5678", [("PHONE", "090-1234-\n5678")]),
    ],
)
def test_phone_numbers_in_japanese_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("個人番号123456789018を記入", [("MY_NUMBER", "123456789018")]),
        ("マイナンバー：１２３４ ５６７８ ９０１８", [("MY_NUMBER", "１２３４ ５６７８ ９０１８")]),
        ("マイナンバー\n1234-5678-9018", [("MY_NUMBER", "1234-5678-9018")]),
        ("法人番号 9234567890123", [("CORPORATE_NUMBER", "9234567890123")]),
        ("登録番号 T9234567890123", [("CORPORATE_NUMBER", "T9234567890123")]),
        ("カード番号 4111 1111 1111 1111", [("CREDIT_CARD", "4111 1111 1111 1111")]),
        ("card: 3782-822463-10005", [("CREDIT_CARD", "3782-822463-10005")]),
        ("みずほ銀行 新宿支店 普通 1234567", [("BANK_ACCOUNT", "1234567")]),
        ("旅券番号 TK1234567", [("PASSPORT", "TK1234567")]),
        ("運転免許証番号 301234567810", [("DRIVERS_LICENSE", "301234567810")]),
        ("基礎年金番号 1234-567890", [("PENSION_NUMBER", "1234-567890")]),
        ("在留カード AB12345678CD", [("RESIDENCE_CARD", "AB12345678CD")]),
        ("〒100-0001 東京都", [("POSTAL_CODE", "100-0001")]),
        ("郵便番号：１０００００１", [("POSTAL_CODE", "１０００００１")]),
        ("被保険者番号 12345678", [("HEALTH_INSURANCE", "12345678")]),
        (
            "保険証 記号 12 番号 345",
            [("HEALTH_INSURANCE", "12"), ("HEALTH_INSURANCE", "345")],
        ),
        ("接続元 192.168.10.5 から", [("IP_ADDRESS", "192.168.10.5")]),
        ("src=2001:db8::8a2e:370:7334", [("IP_ADDRESS", "2001:db8::8a2e:370:7334")]),
        ("mail: ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", [("EMAIL", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")]),
        ("宛先 hanako.sato+news@mail.example.jp まで", [("EMAIL", "hanako.sato+news@mail.example.jp")]),
        ("INFO login user=taro.5@example.jp ip=x", [("EMAIL", "taro.5@example.jp")]),
    ],
)
def test_identifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("個人番号 123456789012", "MY_NUMBER"),  # check digit wrong
        ("運転免許証番号\n123456789012", "DRIVERS_LICENSE"),  # label on the line above, check digit wrong
        ("携帯：09001234567", "PHONE"),  # a range the numbering plan leaves unallocated
    ],
)
def test_a_label_keeps_a_number_its_validator_refuses_with_a_lower_score(text: str, kind: str) -> None:
    (finding,) = detect(text)
    assert finding.type.value == kind
    assert 0.5 <= finding.score < 0.9
    assert any(r.startswith("validator failed") for r in finding.reasons)
    assert detect(text.split("\n")[-1].split("：")[-1].split(" ")[-1]) == []  # no label, no finding


@pytest.mark.parametrize(
    "text",
    [
        "注文番号 123456789018",  # valid My Number check digit, but an order number
        "version 1.2.3.4 released",
        "バージョン10.0.19041.1",
        "JANコード 4901234567894",
        "日付 2024-04-01 10:30:00",
        "ISBN978-4-12-345678-9",
        "伝票番号 0312345678",
        "シリアル ABC-090-1234-5678-X",
        "品番 1-090-1234-5678-9",
        "ORD-09012345678",
        "https://example.com/u/09012345678/profile",
        "合計 12,345,678円",
        "カード番号 4111 1111 1111 1112",  # fails Luhn
        "std::vector<int> v;",
        "at 12:30:45 the job ran",
    ],
)
def test_look_alikes_are_not_findings(text: str) -> None:
    assert found(text) == []


def test_offsets_point_at_the_original_text() -> None:
    text = "氏名欄の下、電話：（０３）１２３４－５６７８、メール　ａ＠ｂ．ｊｐ"
    for f in detect(text):
        assert text[f.start : f.end].strip() == text[f.start : f.end]
    assert [f.type for f in detect(text)] == [T.PHONE, T.EMAIL]


def test_findings_are_sorted_and_never_overlap() -> None:
    text = "電話 03-1234-5678 / 090-1111-2222, a@b.jp, 4111111111111111, 192.168.0.1 " * 50
    findings = detect(text)
    assert len(findings) == 250
    assert all(a.end <= b.start for a, b in pairwise(findings))


def test_every_finding_says_why() -> None:
    for f in detect("マイナンバー 123456789018 電話 090-1234-5678"):
        assert f.reasons
        assert 0.0 <= f.score <= 1.0


def test_closest_label_decides() -> None:
    assert found("電話 03-1234-5678 注文番号 123456789018") == [("PHONE", "03-1234-5678")]


def test_column_header_labels_a_cell() -> None:
    assert found("1234567", column="口座番号") == [("BANK_ACCOUNT", "1234567")]
    assert found("1234-567890", column="基礎年金番号") == [("PENSION_NUMBER", "1234-567890")]
    assert found("123456789018", column="注文番号") == []


def test_types_and_min_score_filter() -> None:
    text = "電話 090-1234-5678 マイナンバー 123456789018"
    assert found(text, types=["MY_NUMBER"]) == [("MY_NUMBER", "123456789018")]
    assert found(text, types="PHONE") == [("PHONE", "090-1234-5678")]
    assert found("123-4567", min_score=0.9) == []
    assert found("123-4567", min_score=0.5) == [("POSTAL_CODE", "123-4567")]


def test_unknown_type_code_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="NOPE"):
        detect("x", types=["NOPE"])


def test_seven_digits_in_front_of_an_address_are_its_postal_code() -> None:
    text = "ご住所：1669420 東京都杉並区阿佐谷北4-29-7"
    assert [(f.type.value, f.value(text)) for f in detect(text, types=["POSTAL_CODE"])] == [
        ("POSTAL_CODE", "1669420")
    ]
    assert detect("会員番号 1669420", types=["POSTAL_CODE"]) == []
    assert detect("被害届提出済み（受理番号 426-5846）", types=["POSTAL_CODE"]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("電話番号は、〇九〇の九二八二の九六八六です。", "〇九〇の九二八二の九六八六"),
        ("番号は0 8 0 7 9 0 9 9 8 2 4、です。", "0 8 0 7 9 0 9 9 8 2 4"),
    ],
)
def test_a_phone_number_as_a_call_memo_spells_it(text: str, value: str) -> None:
    assert [f.value(text) for f in detect(text, types=["PHONE"])] == [value]


def test_kanji_numerals_that_spell_no_phone_are_nothing() -> None:
    assert detect("昭和五〇年一〇月一日、第一〇〇の三号", types=["PHONE"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "事業所：東和精機株式会社　被保険者数：2,019名",
        "健康保険料（本人負担）：35,740円",
        "健康保険料：¥17,130",
    ],
)
def test_counts_and_amounts_under_an_insurance_label_are_not_card_numbers(text: str) -> None:
    assert detect(text, types=["HEALTH_INSURANCE"]) == []
