"""HEALTH_INSURANCE: a card's 記号 and 番号, as two labelled items, joined, or with kana and kanji."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def marks(text: str, column: str | None = None) -> list[str]:
    return [f.value(text) for f in detect(text, types=["HEALTH_INSURANCE"], column=column)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("健康保険証 記号：12345 番号：6789012", ["12345", "6789012"]),
        ("記号：12345 番号：6789012", ["12345", "6789012"]),  # the pair alone says what they are
        ("保険証 記号：１２３４５ 番号：６７８９０１２", ["１２３４５", "６７８９０１２"]),
        ("記号　１２３４５　番号　６７８９０１２　（健康保険証）", ["１２３４５", "６７８９０１２"]),
        ("保険者番号 06130012 記号 12 番号 345", ["06130012", "12", "345"]),
    ],
)
def test_mark_and_number_as_two_labelled_items(text: str, expected: list[str]) -> None:
    assert marks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被保険者証 記号・番号：5110・4243935", "5110・4243935"),
        ("記号・番号：5110-4243935", "5110-4243935"),
        ("記号/番号：55イ57／2479080", "55イ57／2479080"),
        ("記号番号 123456-7654321", "123456-7654321"),
    ],
)
def test_mark_and_number_joined_in_one_value(text: str, expected: str) -> None:
    (finding,) = detect(text, types=["HEALTH_INSURANCE"])
    assert (finding.value(text), finding.reasons) == (expected, ("label:記号・番号", "joined"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保険証の記号：東京671 番号：12", ["東京671", "12"]),
        ("被保険者証 記号 37イ48 番号 1234", ["37イ48", "1234"]),
        ("保険証 記号：ア949", ["ア949"]),
        ("保険証 記号:\nア949", ["ア949"]),
        ("Health insurance Kigo: ア12 Bango: 345", ["ア12", "345"]),
    ],
)
def test_kana_and_kanji_marks(text: str, expected: list[str]) -> None:
    assert marks(text) == expected


def test_a_kana_mark_carries_its_reason() -> None:
    (finding,) = detect("保険証 記号：ア949", types=["HEALTH_INSURANCE"])
    assert finding.reasons == ("label:記号", "kana-or-kanji")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("記号：ア949", id="no-insurance-context"),
        pytest.param("商品の記号：AB12 を参照", id="product-symbol"),
        pytest.param("製品 Symbol: X100 カタログ", id="english-product-symbol"),
        pytest.param("記号：ABC を保険に", id="a-word-without-digits"),
        pytest.param("記号は12です", id="no-label-shape"),
    ],
)
def test_a_mark_needs_its_label_and_context(text: str) -> None:
    assert marks(text) == []


def test_a_date_next_to_the_card_is_no_number() -> None:
    text = "被保険者証 記号・番号：5110・4243935 交付年月日：2012/05/14"
    assert marks(text) == ["5110・4243935"]
    assert marks("保険証 記号：12 番号：345\n交付年月日：2012/05/14") == ["12", "345"]


@pytest.mark.parametrize(("value", "column"), [("ＡＢ３３２", "健保記号"), ("KT955", "保険証記号")])
def test_a_mark_cell_under_a_mark_header(value: str, column: str) -> None:
    assert marks(value, column=column) == [value]


@pytest.mark.parametrize("text", ["記号・番号：2012/05/14", "保険証\n記号・番号\n2012/05/14"])
def test_a_date_in_the_card_field_is_no_card(text: str) -> None:
    assert marks(text) == []


@pytest.mark.parametrize("column", ["商品記号", "部品記号"])
def test_a_product_or_part_mark_column_is_no_card(column: str) -> None:
    assert marks("KT955", column=column) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("保険証：協会けんぽ　75 - 6572805", ["75 - 6572805"]),
        ("- 被保険者証の記号・番号\n- 45859620・4404358（枝番 03）", ["45859620・4404358", "03"]),
    ],
)
def test_a_card_written_after_its_insurer_or_under_a_bullet(text: str, expected: list[str]) -> None:
    assert marks(text) == expected
