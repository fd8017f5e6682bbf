"""DATE_OF_BIRTH: only dates in a birth context, in any form."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def dobs(text: str, column: str | None = None) -> list[str]:
    return [f.value(text) for f in detect(text, types=["DATE_OF_BIRTH"], column=column)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日：1985年4月1日", "1985年4月1日"),
        ("昭和60年4月1日生まれ", "昭和60年4月1日"),
        ("生年月日 S60.4.1", "S60.4.1"),
        ("誕生日: R2/4/1", "R2/4/1"),
        ("DOB: 1985/04/01", "1985/04/01"),
        ("８５年４月１日生", "８５年４月１日"),
        ("年齢：38歳（1985年4月1日）", "1985年4月1日"),
        ("昭和六十年四月一日生まれ", "昭和六十年四月一日"),
    ],
)
def test_birth_dates_in_every_form(text: str, expected: str) -> None:
    assert dobs(text) == [expected]


def test_other_dates_are_not_birth_dates() -> None:
    assert dobs("申込日：2024年4月1日\n発行日 2020/01/01 有効期限 2030/01/01\n入社日 2010年4月1日") == []


def test_closest_label_decides() -> None:
    assert dobs("入社日 2010年4月1日、生年月日 1988年5月5日") == ["1988年5月5日"]


def test_birth_column_header() -> None:
    assert dobs("1985/04/01", column="生年月日") == ["1985/04/01"]
    assert dobs("1985/04/01", column="DOB") == ["1985/04/01"]
    assert dobs("2024/04/01", column="申込日") == []


def test_a_records_birth_key_labels_its_date() -> None:
    text = '[{"name": "柴田 優", "birth": "1974-05-03", "relation": "配偶者"}]'
    assert [text[f.start : f.end] for f in detect(text, types=["DATE_OF_BIRTH"])] == ["1974-05-03"]
    assert detect("rebirth: 2020-01-01", types=["DATE_OF_BIRTH"]) == []
