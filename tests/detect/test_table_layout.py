"""Where a table's header is, and what a headerless table's columns hold, judged by content."""

from __future__ import annotations

from mamori.detect.table_layout import headerless_headers, table_layout


def nothing(cell: str) -> int:
    return 0


def test_a_group_row_above_the_field_names_is_no_header() -> None:
    rows = [
        ["区画", "使用者", "", "", "故人", "", "", ""],
        ["区画番号", "使用者氏名", "生年月日", "電話", "故人氏名", "生年月日", "没年月日", "宗派"],
        [
            "C区21-29",
            "比嘉翔太",
            "昭和46年4月9日",
            "042-245-7052",
            "比嘉典子",
            "大正4年6月3日",
            "平成14年6月12日",
            "天台宗",
        ],
    ]
    layout = table_layout(rows, nothing)
    assert layout.header_row == 1
    assert layout.headers[2] == "生年月日"


def test_a_first_row_of_values_makes_the_table_headerless() -> None:
    rows = [
        ["C434324", "三浦 蓮", "19770410", "591-8116", "大阪府堺市北区百舌鳥梅町6丁目27番10号", "20240114"]
    ]
    layout = table_layout(rows, lambda cell: len(cell) if cell == "三浦 蓮" else 0)
    assert layout.header_row is None


def test_headerless_columns_are_named_from_their_values() -> None:
    rows = [
        ["C434324", "三浦 蓮", "19770410", "591-8116", "大阪府堺市北区百舌鳥梅町6丁目27番10号", "20240114"],
        [
            "C240533",
            "武田 誠",
            "19841215",
            "2235377",
            "神奈川県横浜市港北区日吉本町5丁目20番25号",
            "20230719",
        ],
    ]
    assert headerless_headers(rows) == ["", "", "生年月日", "郵便番号", "", ""]


def test_recent_dates_and_codes_without_an_address_are_not_named() -> None:
    rows = [["2004480", "石川久美子", "2025-07-28"], ["2112996", "遠藤一郎", "2024-01-05"]]
    assert headerless_headers(rows) == ["", "", ""]
