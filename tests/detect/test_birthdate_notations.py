"""DATE_OF_BIRTH in the notations records use, and dates near a birth label that are no birth date."""

from __future__ import annotations

import pytest

from mamori.detect import detect


def dobs(text: str) -> list[str]:
    return [f.value(text) for f in detect(text, types=["DATE_OF_BIRTH"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an era as one letter or one kanji
        ("生年月日：S47/11/03", "S47/11/03"),
        ("生年月日 H2.3.4", "H2.3.4"),
        ("生年月日：昭44.5.6", "昭44.5.6"),
        ("生年月日：平2年3月4日", "平2年3月4日"),
        ("誕生日 令3.1.2", "令3.1.2"),
        ("生年月日 S241219", "S241219"),
        # English
        ("DOB: 3 Mar 1979", "3 Mar 1979"),
        ("DOB: 3-Mar-1979", "3-Mar-1979"),
        ("Date of birth: March 3, 1979", "March 3, 1979"),
        ("Date of Birth: 3rd March 1979", "3rd March 1979"),
        ("Birth date: Mar. 3, 1979", "Mar. 3, 1979"),
        # eight digits under a birth label, on its line or the next
        ("生年月日：19790303", "19790303"),
        ("DOB 19790303", "19790303"),
        ("生年月日\n19790303", "19790303"),
        # the Western year with the era's in brackets, or the label saying which calendar
        ("生年月日：1981年（昭和56年）10月16日", "1981年（昭和56年）10月16日"),
        ("生年月日（西暦）1979/03/03", "1979/03/03"),
        # full-width digits and letters
        ("生年月日：１９７９年３月３日", "１９７９年３月３日"),
        ("生年月日：Ｓ４７／１１／０３", "Ｓ４７／１１／０３"),
        ("生年月日 昭和５４年３月３日", "昭和５４年３月３日"),
        # no label, but what follows or what precedes says whose birth it is
        ("平成4年3月4日　満32歳", "平成4年3月4日"),
        ("被保険者：上田　和也（昭和32年8月13日）", "昭和32年8月13日"),
    ],
)
def test_birth_date_notations(text: str, expected: str) -> None:
    assert dobs(text) == [expected]


def test_the_label_is_the_reason() -> None:
    (finding,) = detect("DOB: 3 Mar 1979", types=["DATE_OF_BIRTH"])
    assert finding.reasons == ("label:DOB",)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("発生日：2024/03/03", id="発生日"),
        pytest.param("発生日 2024年3月3日", id="発生日-kanji"),
        pytest.param("入社日 2010年4月1日", id="入社日"),
        pytest.param("Date: 3 Mar 2024", id="english-date"),
        pytest.param("Issued: March 3, 2019", id="english-issued"),
        pytest.param("受付番号：19790303", id="eight-digits-without-a-birth-label"),
        pytest.param("受付日 3月3日", id="month-day-without-year"),
        pytest.param("生年月日の確認書類は2024年3月3日に受領した。", id="label-inside-another-phrase"),
    ],
)
def test_other_dates_are_not_birth_dates(text: str) -> None:
    assert dobs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "発生日時：2024年3月3日 10:00\n漏えいした項目：氏名、生年月日、住所",
        "漏えいした項目：氏名、生年月日、住所\n発生日時：2024年3月3日 10:00",
        "漏えい項目 氏名・生年月日・電話番号 発生日 2024/03/03",
        "2024年3月3日に顧客の氏名・生年月日が漏えいしました。",
        "発生日時：2024年3月3日 生年月日等を含む名簿が漏えいした。",
        "発生日時 2024/03/03 生年月日、氏名が漏えい",
    ],
)
def test_a_report_listing_birth_dates_among_leaked_items_has_no_birth_date(text: str) -> None:
    assert dobs(text) == []


def test_the_closest_label_decides_on_one_line() -> None:
    assert dobs("生年月日：1979/3/3　発生日：2024/3/3") == ["1979/3/3"]
    assert dobs("発生日：2024/3/3　生年月日：1979/3/3") == ["1979/3/3"]


def test_both_calendars_of_one_birth_date() -> None:
    assert dobs("生年月日：1979年3月3日（昭和54年3月3日）") == ["1979年3月3日", "昭和54年3月3日"]
    assert dobs("生年月日：昭和54年（1979年）3月3日") == ["昭和54年（1979年）3月3日"]


def test_a_birthday_without_a_year_only_under_誕生日() -> None:
    assert dobs("誕生日 3月3日") == ["3月3日"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("誕生日\tS.52.12.11", ["S.52.12.11"]),
        ("■生 年 月 日　昭和63年10月18日", ["昭和63年10月18日"]),
        ("生年月日：平成　19年　7月18日", ["平成　19年　7月18日"]),
        ("Date of birth (for verification): 10 Jun 1958", ["10 Jun 1958"]),
        ("患者：岡田 千尋　（1981/10/11\n内容：誤投薬", ["1981/10/11"]),
        (
            "漏えいした項目\n氏名、生年月日、電話番号\n対象者（抜粋）\n・鈴木浩二　19670724　070-3857-5713",
            ["19670724"],
        ),
        ("氏名、生年月日、所属\n金子麻衣、1985/04/01、営業部", ["1985/04/01"]),
        ("入会日一覧\n・鈴木浩二　2023/02/23", []),
    ],
)
def test_more_notations_and_records_of_a_birth_list(text: str, expected: list[str]) -> None:
    assert dobs(text) == expected


@pytest.mark.parametrize("value", ["47.12.16", "611216", "6.6.2", "17/02/25"])
def test_a_birth_column_beside_an_era_column_holds_short_dates(value: str) -> None:
    found = detect(value, column="生年月日(年/月/日)", types=["DATE_OF_BIRTH"])
    assert [f.value(value) for f in found] == [value]
    assert detect(value, column="登録日", types=["DATE_OF_BIRTH"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日：一九八三年二月二十七日", ["一九八三年二月二十七日"]),
        ("Date of Birth: 28 JUN 2013", ["28 JUN 2013"]),
    ],
)
def test_kanji_western_years_and_upper_case_months(text: str, expected: list[str]) -> None:
    assert dobs(text) == expected
